import { sha256, sha256Sync } from 'addons/hash';

async function main(): Promise<void> {
  const data = Buffer.from('abc');
  const later: Promise<string> = sha256(data);
  const digest: string = await later;
  const now: string = sha256Sync(data);
  console.log(digest === now);
  // @ts-expect-error: sha256 resolves to a string, not a number
  const wrong: number = await sha256(data);
  console.log(wrong);
}

void main();

// @ts-expect-error: data must be a Buffer
sha256Sync('abc');
