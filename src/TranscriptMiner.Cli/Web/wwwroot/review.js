// The review page.
export async function render(view) {
  view.dataset.title = 'review';
  view.innerHTML = '<h1>review</h1><p>Not built yet.</p>';
}
