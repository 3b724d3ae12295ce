import type { ConventionalCv, ExportDocument } from '../document';

/** Test documents in the shapes of document.ts (the real builder is export-builder.ts). */

export const XSS = '<img src=x onerror=alert(1)>';

export function easyReadFixture(lines = 3): ExportDocument {
	return {
		locale: 'nb',
		title: 'CV og plan – Nora',
		name: 'Nora Østbø',
		day: '2026-11-26',
		dateText: 'torsdag 26. november 2026',
		sections: [
			{
				part: 'about',
				title: 'Om meg',
				symbol: 'doc_me',
				groups: [
					{
						heading: 'Det folk liker ved meg',
						symbol: 'feel_like',
						lines: [
							{ text: 'Jeg er blid og møter opp i tide.', symbol: 'me_hardworking', own: true },
							{ text: `Nora hjelper andre. ${XSS}`, by: 'Kari (forelder) skrev dette' }
						],
						photos: []
					}
				]
			},
			{
				part: 'cv',
				title: 'CV',
				symbol: 'doc_cv',
				groups: [
					{
						heading: 'Jobb',
						symbol: 'doc_work',
						lines: Array.from({ length: lines }, (_, i) => ({
							title: `Kafé Blåbær ${i + 1}`,
							meta: 'Jobb, august 2025',
							text: 'Jeg vasket bord og laget kaffe. Jeg likte å snakke med gjestene. Æ, ø og å går fint.',
							symbol: 'doc_work' as const
						})),
						photos: []
					}
				]
			}
		]
	};
}

export function cvFixture(): ConventionalCv {
	return {
		locale: 'nb',
		name: 'Nora Østbø',
		title: 'CV – Nora Østbø',
		day: '2026-11-26',
		contact: ['Telefon: 900 00 000', 'E-post: nora@example.no'],
		sections: [
			{ title: 'Om meg', items: [{ text: 'Jeg er blid, nøyaktig og liker å jobbe med mennesker.' }] },
			{
				title: 'Arbeidserfaring',
				items: [
					{ title: 'Kafé Blåbær', meta: 'august 2025 – desember 2025', text: 'Servering, oppvask og kasse.' },
					{ title: 'Rema 1000 Sætre', meta: 'Jobbsmak, mars 2025', text: `Varepåfylling. ${XSS}` }
				]
			},
			{ title: 'Utdanning', items: [{ title: 'Bjørkelangen videregående skole', meta: '2022 – 2025', text: 'Restaurant- og matfag.' }] }
		]
	};
}
