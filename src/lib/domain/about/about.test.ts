import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { getMedia } from '$lib/media/media-store';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { m } from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { aboutFrom, filledCount } from './about-rules';
import { toggleCard } from '$lib/domain/journey/journey-keys';
import { AboutState } from './about.svelte';
import { ABOUT_CARDS, ABOUT_PARTS, aboutKey, parseAboutKey } from './schema';
import { cardLabel, partTitle } from './labels';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
const answer = (key: string, value: Answer['value'], rev: number, by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev });

describe('Om meg keys and cards', () => {
	it('reads back the keys it writes, and nothing else', () => {
		expect(parseAboutKey(aboutKey('support'))).toEqual({ part: 'support' });
		expect(parseAboutKey(aboutKey('important', 'voice'))).toEqual({ part: 'important', sub: 'voice' });
		expect(parseAboutKey('about/nonsense')).toBeNull();
		expect(parseAboutKey('interests/x')).toBeNull();
	});

	it('has a symbol for every card, and a short easy-read label in every language', () => {
		for (const part of ABOUT_PARTS) {
			expect(ABOUT_CARDS[part].length).toBeGreaterThanOrEqual(8);
			for (const card of ABOUT_CARDS[part]) {
				expect(symbolMap).toHaveProperty(card.symbol);
				for (const locale of LOCALES) {
					const label = cardLabel(part, card.id, locale);
					expect(label.split(/\s+/).length, label).toBeLessThanOrEqual(6);
				}
			}
			expect(checkEasyRead(`${partTitle(part, "nb")}.`)).toEqual([]);
		}
	});

	it('groups answers into the parts, keeps who said it, drops unknown cards', () => {
		const page = aboutFrom([
			answer('about/liked_for', ['kind', 'nonsense', 'funny'], 1),
			answer('about/liked_for/text', 'Jeg er god til å lytte.', 2, KARI),
			answer('about/support/voice', 'media-1', 3),
			answer('trials/t/after/why', ['tasks'], 4)
		]);
		expect(page.liked_for).toEqual({ cards: ['kind', 'funny'], cardsBy: SELF, text: 'Jeg er god til å lytte.', textBy: KARI, voiceId: null });
		expect(page.support.voiceId).toBe('media-1');
		expect(filledCount(page)).toBe(2);
	});

	it('toggles a card on and off and keeps the order chosen', () => {
		expect(toggleCard(['calm'], 'kind')).toEqual(['calm', 'kind']);
		expect(toggleCard(['calm', 'kind'], 'calm')).toEqual(['kind']);
	});
});

describe('AboutState', () => {
	it('stores every tap and word at once, and loads them again', async () => {
		const p = await createProfile(nora);
		const state = new AboutState(p.id);
		await state.load();
		expect(await state.toggle('liked_for', 'kind', SELF)).toBe(true);
		await state.toggle('liked_for', 'helpful', KARI);
		await state.toggle('liked_for', 'kind', KARI);
		await state.setText('important', 'Hesten min, Luna.', SELF);
		expect(await state.saveVoice('support', { bytes: new ArrayBuffer(30), type: 'audio/webm', durationMs: 1500 }, SELF)).toBe(true);
		expect(await state.saveVoice('support', { bytes: new ArrayBuffer(30), type: 'image/png' }, SELF)).toBe(false);
		expect(state.filled).toBe(3);

		const again = new AboutState(p.id);
		await again.load();
		expect(again.page.liked_for.cards).toEqual(['helpful']);
		expect(again.page.liked_for.cardsBy).toEqual(KARI);
		expect(again.page.important.text).toBe('Hesten min, Luna.');
		expect(again.page.support.voiceId).toBe(state.page.support.voiceId);
		await again.removeVoice('support');
		const third = new AboutState(p.id);
		await third.load();
		expect(third.page.support.voiceId).toBeNull();
		expect(third.filled).toBe(2);
	});

	it('says "full" when the device is full, and keeps what was saved', async () => {
		const p = await createProfile(nora);
		await saveAnswer(p.id, aboutKey('important'), ['music'], SELF);
		const state = new AboutState(p.id);
		await state.load();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.toggle('important', 'sport', SELF)).toBe(false);
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.page.important.cards).toEqual(['music']);
		expect(await state.toggle('important', 'sport', SELF)).toBe(true);
		expect(state.full).toBe(false);
	});
});

describe('Et bilde av meg', () => {
	it('keeps one photo, replaces it (deleting the old bytes) and takes it away again', async () => {
		const p = await createProfile(nora);
		const state = new AboutState(p.id);
		await state.load();
		expect(state.photoId).toBeNull();
		const jpeg = (n: number) => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, n]).buffer, type: 'image/jpeg', thumb: new Uint8Array([1, 2]).buffer });
		expect(await state.savePhoto(jpeg(1), KARI)).toBe(true);
		const first = state.photoId!;
		expect(await getMedia(first)).toMatchObject({ type: 'image/jpeg', size: 4, profileId: p.id });
		expect(await state.savePhoto(jpeg(2), SELF)).toBe(true);
		expect(await getMedia(first)).toBeUndefined();
		const again = new AboutState(p.id);
		await again.load();
		expect(again.photoId).toBe(state.photoId);
		expect(again.filled).toBe(0);
		await again.removePhoto();
		expect(await getMedia(state.photoId!)).toBeUndefined();
		const third = new AboutState(p.id);
		await third.load();
		expect(third.photoId).toBeNull();
	});

	it('keeps the old photo when the device is full', async () => {
		const p = await createProfile(nora);
		const state = new AboutState(p.id);
		await state.load();
		await state.savePhoto({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]).buffer, type: 'image/jpeg' }, SELF);
		const kept = state.photoId!;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.savePhoto({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 2]).buffer, type: 'image/jpeg' }, SELF)).toBe(false);
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.photoId).toBe(kept);
		expect(await getMedia(kept)).toBeDefined();
	});
});

describe('Om meg texts', () => {
	it('passes the easy-read lint in bokmål', () => {
		const texts = [m.me_title(), m.me_intro(), m.me_part_hint(), m.me_empty_part(), m.me_home_text()];
		for (const text of texts) expect(checkEasyRead(text), text).toEqual([]);
	});
});

describe('helper hint', () => {
	it('hints at long sentences only for a helper, never for the person', async () => {
		const { helperHint } = await import('$lib/domain/answers/helper-hint');
		const long = 'Nora trenger at noen viser henne oppgaven først og så sjekker at hun har forstått alt sammen.';
		expect(helperHint(long, SELF)).toBeNull();
		expect(helperHint(long, KARI)).toBe(m.own_words_hint_long());
		expect(helperHint('Vis meg først. Sjekk etterpå.', KARI)).toBeNull();
		expect(helperHint('   ', KARI)).toBeNull();
	});
});
