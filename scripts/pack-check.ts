// `npm run pack:check FILE`: will Jobbvei take this content pack or job file, and if not, what to fix?
// The rules are the app's own ([Note: pack check] in src/lib/domain/info/pack-check.ts); this only
// reads the file and prints. Exit code 0: the app takes the file. 1: it refuses it, or no file was given.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFile } from '../src/lib/domain/info/pack-check';

/** Larger files are refused for their size alone; they are not read into memory. */
const READ_AT_MOST = 8 * 1024 * 1024;

const path = process.argv[2];
if (!path) {
	console.error('Bruk: npm run pack:check FIL\nFIL er en innholdspakke (*.jobbvei-pakke.json) eller en jobbfil.');
	process.exit(1);
}

let bytes: number;
try {
	bytes = statSync(path).size;
} catch {
	console.error(`Finner ikke filen: ${path}`);
	process.exit(1);
}
const text = bytes > READ_AT_MOST ? '' : readFileSync(path, 'utf8');
const result = checkFile(text, bytes, basename(path));

console.log(`${basename(path)}: ${result.summary}`);
for (const line of result.errors) console.log(`  Feil: ${line}`);
for (const line of result.warnings) console.log(`  Advarsel: ${line}`);
console.log(result.ok ? 'Filen er i orden. Jobbvei tar imot den.' : 'Rett feilene over, og sjekk filen igjen.');
process.exit(result.ok ? 0 : 1);
