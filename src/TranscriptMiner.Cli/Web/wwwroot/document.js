// The document page.
export async function render(view) {
  view.dataset.title = 'document';
  view.innerHTML = '<h1>document</h1><p>Not built yet.</p>';
}
