import { greet } from 'addons/hello';

const greeting: string = greet('World');
console.log(greeting.toUpperCase());

// @ts-expect-error: name must be a string
greet(42);
// @ts-expect-error: name is required
greet();
