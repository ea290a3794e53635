// After htmx replaces the statement list (the results alone, or the whole browser with its form), the status region
// says how many statements the list now holds. Emptied first, so the same count said twice is announced again.
document.addEventListener('htmx:afterSettle', event => {
    if (event.target.id !== 'results' && event.target.id !== 'browser') {
        return;
    }
    const results = document.getElementById('results');
    const status = document.getElementById('results-status');
    if (!results || !status || !results.dataset.status) {
        return;
    }
    status.textContent = '';
    setTimeout(() => { status.textContent = results.dataset.status; }, 50);
});
