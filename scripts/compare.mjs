// The side-by-side: npm's write-good plus text-readability over the same corpus the engine's
// `check-corpus` benchmark reads (every golden description, joined by blank lines, ten times
// over). Prints and writes target/compare.json: microseconds per pass and what was found.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import writeGood from 'write-good';
import readability from 'text-readability';

const dir = 'tests/golden/inputs';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim());
const corpus = Array(10).fill(texts.join('\n\n')).join('\n\n');

function pass() {
  const suggestions = writeGood(corpus);
  const ease = readability.fleschReadingEase(corpus);
  const grade = readability.fleschKincaidGrade(corpus);
  return { suggestions: suggestions.length, ease, grade };
}

const first = pass();
let runs = 0;
const started = process.hrtime.bigint();
while (process.hrtime.bigint() - started < 3_000_000_000n || runs < 5) {
  pass();
  runs += 1;
}
const micros = Number(process.hrtime.bigint() - started) / 1000 / runs;
const result = { bytes: Buffer.byteLength(corpus), runs, micros_per_pass: micros, ...first };
mkdirSync('target', { recursive: true });
writeFileSync('target/compare.json', JSON.stringify(result, null, 2));
console.log(`write-good + text-readability: ${micros.toFixed(0)} µs a pass over ${result.bytes} bytes (${runs} runs); ${first.suggestions} suggestions, reading ease ${first.ease}, grade ${first.grade}`);
