/**
 * [Note: updates wait for a tap] The service worker is registered with registerType 'prompt': a new
 * version waits until the person taps "Oppdater nå", so nothing changes in the middle of a task.
 */
class AppUpdate {
	/** A new version is downloaded and waiting. */
	available = $state(false);
	/** The app is now cached and works offline. */
	offlineReady = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | undefined;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#apply = registerSW({
			immediate: true,
			onNeedRefresh: () => {
				// No page is controlled yet: this is still the first install (a retried one), not a new
				// version. Let it take over quietly instead of announcing an update nobody asked about.
				if (!navigator.serviceWorker.controller) void this.#apply?.(false);
				else this.available = true;
			},
			onOfflineReady: () => {
				this.offlineReady = true;
			}
		});
	}

	/** Called only from the person's tap. */
	async apply(): Promise<void> {
		this.available = false;
		await this.#apply?.(true);
	}

	later(): void {
		this.available = false;
	}
}

export const appUpdate = new AppUpdate();
