import { fill, reversed, sum, zeros } from 'addons/buffers';

const back: Buffer = reversed(Buffer.from([1, 2, 3]));
const target = new Uint8Array(8);
const result: void = fill(target, 7);
const total: number = sum(new Float64Array([1, 2, 3]));
const empty: Buffer = zeros(16);
console.log(back, target, result, total, empty.length);

// @ts-expect-error: reversed takes a Buffer
reversed('abc');
// @ts-expect-error: sum takes a Float64Array
sum([1, 2, 3]);
// @ts-expect-error: zeros takes a size
zeros();
