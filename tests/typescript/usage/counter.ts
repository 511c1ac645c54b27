import { Counter } from 'addons/counter';

const counter: Counter = new Counter();
const started = new Counter(5);
const next: number = counter.increment();
const bigger: number = started.increment(10);
counter.value = next + bigger;
const current: number = counter.value;
const zero: Counter = Counter.zero();
console.log(current, zero.value, zero instanceof Counter);

// @ts-expect-error: start must be a number
new Counter('5');
// @ts-expect-error: by must be a number
counter.increment('1');
// @ts-expect-error: value is a number
counter.value = 'x';
// @ts-expect-error: zero is static
counter.zero();
