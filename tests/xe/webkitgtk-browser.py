#!/usr/bin/python3
"""Persistent-profile WebKitGTK browser for WebKitWebDriver (docs/cross-engine.md, "A persistent WebKitGTK profile").

MiniBrowser's own --automation session is ephemeral (Safari private-mode rules: no Blobs in IndexedDB,
no navigator.storage). This launcher gives the automation session a real on-disk website data manager.
WebKitWebDriver starts it as `webkitgtk:browserOptions.binary`; the capability browserName must equal
the ApplicationInfo name below ('WebKitPersistent').

Arguments (others, such as WebKitWebDriver's own --automation, are ignored):
  --data-dir=DIR        profile directory (fresh per test; a temp dir if absent)
  --features=+A,-B      WebKit feature flags, e.g. +WebShare,+StorageAPI,+StorageAPIEstimate
Run with Debian's /usr/bin/python3 (python3-gi + gir1.2-webkit2-4.1), not a pyenv python.
"""
import sys, tempfile, gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2

arg = lambda k: next((a.split('=', 1)[1] for a in sys.argv if a.startswith(k + '=')), None)
d = arg('--data-dir') or tempfile.mkdtemp(prefix='wk-')
ctx = WebKit2.WebContext(website_data_manager=WebKit2.WebsiteDataManager(
    base_data_directory=d + '/data', base_cache_directory=d + '/cache'))
ctx.set_automation_allowed(True)
st = WebKit2.Settings(enable_media_stream=True, enable_mock_capture_devices=True)
fl = WebKit2.Settings.get_all_features()
feats = {fl.get(i).get_identifier(): fl.get(i) for i in range(fl.get_length())}
for s in filter(None, (arg('--features') or '').split(',')):
    st.set_feature_enabled(feats[s[1:]], s[0] == '+')


def view(session):
    v = WebKit2.WebView(web_context=ctx, settings=st, is_controlled_by_automation=True)
    v.connect('permission-request', lambda w, r: (r.allow(), True)[1])
    w = Gtk.Window()
    w.set_default_size(1024, 768)
    w.add(v)
    w.show_all()
    v.connect('close', lambda *_: w.destroy())
    return v


def started(c, s):
    i = WebKit2.ApplicationInfo()
    i.set_name('WebKitPersistent')
    i.set_version(2, 50, 6)
    s.set_application_info(i)
    s.connect('create-web-view', view)


ctx.connect('automation-started', started)
Gtk.main()
