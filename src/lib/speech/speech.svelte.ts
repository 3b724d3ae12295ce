import { chooseVoice, RATES, type VoiceLike } from './voices';
import { collectReadable, type ReadItem } from './reader';

type Rate = keyof typeof RATES;

interface SynthLike {
	getVoices(): VoiceLike[];
	speak(u: SpeechSynthesisUtterance): void;
	cancel(): void;
	addEventListener?(type: 'voiceschanged', listener: () => void): void;
	removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

type UtteranceCtor = new (text: string) => SpeechSynthesisUtterance;

/** How long to wait for a device to load its voices before saying it has none. Never freeze. */
const VOICE_WAIT_MS = 2500;

/**
 * Read-aloud for every text and choice. Uses the device's own voices (offline); when it has none for
 * the language, `missingVoice` is set once so the screen can say so plainly, and the app goes on.
 */
export class Speech {
	/** True while something is being read. */
	speaking = $state(false);
	/** The language without a voice (or 'unsupported'), once we found out; the layout shows a message. */
	missingVoice = $state<string | null>(null);
	/** The element being read by "Les opp", highlighted on screen. */
	current = $state<HTMLElement | null>(null);
	/** Set to the voice that read last: lets tests and settings show which voice is used. */
	lastVoice = $state<string | null>(null);

	#synth: SynthLike | undefined;
	#Utterance: UtteranceCtor | undefined;
	#queue: ReadItem[] = [];
	#run = 0;

	constructor(synth?: SynthLike, Utterance?: UtteranceCtor) {
		this.#synth = synth;
		this.#Utterance = Utterance;
	}

	get supported(): boolean {
		return !!this.#synth && !!this.#Utterance;
	}

	/** Waits (briefly) for voices: Chromium loads them lazily and Firefox fills the list bit by bit. */
	async voices(): Promise<VoiceLike[]> {
		const synth = this.#synth;
		if (!synth) return [];
		let list = synth.getVoices();
		const deadline = Date.now() + VOICE_WAIT_MS;
		while (list.length === 0 && Date.now() < deadline) {
			await new Promise<void>((resolve) => {
				const done = () => {
					synth.removeEventListener?.('voiceschanged', done);
					resolve();
				};
				synth.addEventListener?.('voiceschanged', done);
				setTimeout(done, 250);
			});
			list = synth.getVoices();
		}
		return list;
	}

	/** Reads one text aloud. Returns false when it cannot (no speech, no voice for the language). */
	async say(text: string, locale: string, rate: Rate = 'normal'): Promise<boolean> {
		this.stop();
		const run = this.#run;
		return this.#speak(text, locale, rate, run);
	}

	/** "Les opp": reads the screen's main content in order and highlights each part as it is read. */
	async readPage(root: HTMLElement, locale: string, rate: Rate = 'normal'): Promise<boolean> {
		this.stop();
		const run = this.#run;
		this.#queue = collectReadable(root);
		return this.#next(locale, rate, run);
	}

	stop(): void {
		this.#run++;
		this.#queue = [];
		this.current = null;
		this.speaking = false;
		try {
			this.#synth?.cancel();
		} catch {
			/* nothing to stop */
		}
	}

	async #next(locale: string, rate: Rate, run: number): Promise<boolean> {
		const item = this.#queue.shift();
		if (!item || run !== this.#run) {
			if (run === this.#run) this.stop();
			return false;
		}
		this.current = item.element;
		item.element.scrollIntoView?.({ block: 'nearest' });
		return this.#speak(item.text, locale, rate, run, () => void this.#next(locale, rate, run));
	}

	async #speak(text: string, locale: string, rate: Rate, run: number, onEnd?: () => void): Promise<boolean> {
		if (!this.#synth || !this.#Utterance) {
			this.missingVoice = 'unsupported';
			return false;
		}
		const voice = chooseVoice(await this.voices(), locale);
		if (run !== this.#run) return false;
		if (!voice) {
			this.missingVoice = locale;
			this.current = null;
			return false;
		}
		const utterance = new this.#Utterance(text);
		utterance.lang = voice.lang;
		utterance.voice = voice as SpeechSynthesisVoice;
		utterance.rate = RATES[rate];
		utterance.onstart = () => {
			if (run === this.#run) this.speaking = true;
		};
		utterance.onend = () => {
			if (run !== this.#run) return;
			if (onEnd) onEnd();
			else this.stop();
		};
		utterance.onerror = () => {
			if (run === this.#run) this.stop();
		};
		this.lastVoice = voice.name;
		this.speaking = true;
		this.#synth.speak(utterance);
		return true;
	}
}

export const speech = new Speech(
	typeof window !== 'undefined' ? window.speechSynthesis : undefined,
	typeof window !== 'undefined' ? window.SpeechSynthesisUtterance : undefined
);
