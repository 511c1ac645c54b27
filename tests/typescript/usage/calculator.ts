import { add, divide, explode, half } from 'addons/calculator';

const sum: number = add(1, 2);
const quotient: number = divide(sum, 4);
const halved: number | undefined = half(quotient);
const nothing: number | undefined = half();
console.log(sum, quotient, halved, nothing);

try {
  explode('boom');
} catch (err) {
  console.log((err as Error).message);
}

// @ts-expect-error: half may return undefined
const definitely: number = half(2);
console.log(definitely);
// @ts-expect-error: arguments must be numbers
add('1', 2);
// @ts-expect-error: explode takes a message
explode();
