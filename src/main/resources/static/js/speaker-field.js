// The speaker field's suggestions follow what is typed: a few speakers whose name, alias or slug contains it, asked
// of /api/speakers/suggestions. Without JavaScript the field keeps the most quoted speakers the page came with, and
// the server looks up whatever name is typed. htmx replaces the field with each result list, so listeners sit on
// the document rather than on the field.
(() => {
    let timer = null;
    let latest = 0;
    document.addEventListener('input', (event) => {
        const field = event.target;
        if (!(field instanceof HTMLInputElement) || field.id !== 'f-speaker' || !field.dataset.suggest) {
            return;
        }
        clearTimeout(timer);
        const typed = field.value.trim();
        if (typed.length < 2) {
            return;
        }
        timer = setTimeout(() => {
            const ask = ++latest;
            fetch(field.dataset.suggest + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
                .then((response) => response.ok ? response.json() : [])
                .then((speakers) => {
                    // a newer request, or a field htmx has since replaced with the list's own, keeps its options
                    const options = document.getElementById(field.getAttribute('list'));
                    if (ask !== latest || !field.isConnected || !options) {
                        return;
                    }
                    const chosen = new Set(Array.from(field.form ? field.form.querySelectorAll(
                        'input[type=hidden][name=speaker]') : [], (input) => input.value));
                    options.replaceChildren(...speakers.filter((speaker) => !chosen.has(speaker.slug)).map((speaker) => {
                        const option = document.createElement('option');
                        option.value = speaker.slug;
                        option.label = speaker.name + ' (' + speaker.statements + ')';
                        option.textContent = option.label;
                        return option;
                    }));
                })
                .catch(() => { /* the suggestions already shown stay */ });
        }, 150);
    });
})();
