import { tick } from 'addons/ticker';

async function main(): Promise<void> {
  const seen: number[] = [];
  const count: number = await tick(3, (i: number) => {
    seen.push(i);
  });
  console.log(count, seen);
}

void main();

// @ts-expect-error: count must be a number
tick('3', () => {});
// @ts-expect-error: the callback is required
tick(3);
