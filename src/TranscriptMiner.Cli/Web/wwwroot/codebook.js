// The codebook page.
export async function render(view) {
  view.dataset.title = 'codebook';
  view.innerHTML = '<h1>codebook</h1><p>Not built yet.</p>';
}
