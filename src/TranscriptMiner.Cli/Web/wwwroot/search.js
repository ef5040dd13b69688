// The search page.
export async function render(view) {
  view.dataset.title = 'search';
  view.innerHTML = '<h1>search</h1><p>Not built yet.</p>';
}
