// Applies the last person's theme, text size and language before the first paint. See [Note: first paint].
(function () {
	try {
		var root = document.documentElement;
		var d = JSON.parse(localStorage.getItem('jobbvei:display') || 'null');
		if (d && /^(default|dark|contrast)$/.test(d.theme)) root.setAttribute('data-theme', d.theme);
		if (d && /^[1-4]$/.test(String(d.textSize))) root.setAttribute('data-text-size', String(d.textSize));
		var l = localStorage.getItem('PARAGLIDE_LOCALE');
		if (l === 'nb' || l === 'nn' || l === 'en') root.setAttribute('lang', l);
	} catch (e) {}
})();
