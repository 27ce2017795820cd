// Apply a remembered theme before the first paint (no flash of the wrong theme). A file rather
// than an inline script so the content security policy can forbid inline scripts.
try {
  var t = localStorage.getItem('kms-lab:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {
  // No storage (private window, blocked cookies): the system theme applies.
}
