// The demo's language menu sets <html lang>, as a localized help center does;
// the widget follows it.
const menu = document.querySelector<HTMLSelectElement>('#language');
if (menu) {
  menu.value = document.documentElement.lang;
  menu.addEventListener('change', () => {
    document.documentElement.lang = menu.value;
  });
}
