// The dashboard page.
export async function render(view) {
  view.dataset.title = 'dashboard';
  view.innerHTML = '<h1>dashboard</h1><p>Not built yet.</p>';
}
