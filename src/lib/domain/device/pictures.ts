import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';

/** The twelve pictures a picture code is made of: easy to tell apart and to name aloud. */
export const CODE_PICTURES = [
	'pic_cat',
	'pic_fish',
	'pic_apple',
	'pic_banana',
	'pic_sunflower',
	'pic_rainbow',
	'pic_rocket',
	'pic_guitar',
	'pic_umbrella',
	'pic_balloon',
	'pic_butterfly',
	'pic_strawberry'
] as const satisfies readonly SymbolId[];

/** Pictures a person can choose for their profile (or use their own photo). */
export const PICTURE_SYMBOLS: SymbolId[] = [
	...CODE_PICTURES,
	'pic_horse',
	'pic_lion',
	'pic_frog',
	'pic_owl'
];

const LABELS: Record<string, () => string> = {
	pic_cat: m.sym_pic_cat,
	pic_fish: m.sym_pic_fish,
	pic_apple: m.sym_pic_apple,
	pic_banana: m.sym_pic_banana,
	pic_sunflower: m.sym_pic_sunflower,
	pic_rainbow: m.sym_pic_rainbow,
	pic_rocket: m.sym_pic_rocket,
	pic_guitar: m.sym_pic_guitar,
	pic_umbrella: m.sym_pic_umbrella,
	pic_balloon: m.sym_pic_balloon,
	pic_butterfly: m.sym_pic_butterfly,
	pic_strawberry: m.sym_pic_strawberry,
	pic_horse: m.sym_pic_horse,
	pic_lion: m.sym_pic_lion,
	pic_frog: m.sym_pic_frog,
	pic_owl: m.sym_pic_owl
};

export function pictureLabel(id: string): string {
	return LABELS[id]?.() ?? id;
}
