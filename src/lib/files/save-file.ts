/**
 * Hands a file the app made (a calendar file) to the person: on a phone the share sheet, which offers
 * the calendar app directly; elsewhere, or when the share sheet is closed, an ordinary download.
 * Returns true when the file was downloaded (the caller then says where it went).
 */
export async function saveFile(file: File): Promise<boolean> {
	if (navigator.canShare?.({ files: [file] }) && matchMedia('(pointer: coarse)').matches) {
		try {
			await navigator.share({ files: [file] });
			return false;
		} catch {
			/* the person closed the share sheet: fall back to the download */
		}
	}
	const url = URL.createObjectURL(file);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return true;
}
