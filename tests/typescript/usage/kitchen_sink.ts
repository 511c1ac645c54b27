import * as k from 'addons/kitchen_sink';

const mid: k.Point = k.midpoint({ x: 1 }, { x: 3, y: 2 });
const y: number | undefined = mid.y;
const parts: string[] = k.describe(k.Color.Green, k.Mode.Fast);
const totals: Record<string, number> = k.totals({ a: 1, b: 2 });
const labels: string = k.label(1) + k.label('x');
const handle: k.ExternalObject<number> = k.boxed(3);
const back: number = k.unboxed(handle);
const first: number | undefined = k.firstSome([undefined, 2]);
const result: unknown = k.invoke(() => 1);

const bag: k.Bag = new k.Bag();
const length: number = bag.push(1);
const size: number = bag.size + k.Bag.of([1, 2]).size;
bag.clear();
console.log(y, parts, totals, labels, back, first, result, length, size);

// @ts-expect-error: a Mode is not a Color
k.describe(k.Mode.Fast, k.Mode.Fast);
// @ts-expect-error: a getter without a setter is read-only
bag.size = 3;
// @ts-expect-error: x is required in a Point
k.midpoint({ y: 1 }, { x: 1 });
// @ts-expect-error: an ExternalObject is opaque, not a number
k.unboxed(3);
// @ts-expect-error: label takes a number or a string
k.label(true);
