// Every page is prerendered: the frame and heading paint before any JavaScript runs.
// The person's data is read from IndexedDB in the browser; there is no server.
export const prerender = true;
export const trailingSlash = 'never';
