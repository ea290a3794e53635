// Shows a table's "scroll sideways" hint only while the table is wider than its box: on mid-size screens, not on
// desktops where it fits nor on phones where it becomes a list.
(() => {
    const update = () => document.querySelectorAll('[data-scroll-hint]').forEach(box => {
        const hint = document.getElementById(box.dataset.scrollHint);
        if (hint) {
            hint.hidden = box.scrollWidth <= box.clientWidth;
        }
    });
    update();
    addEventListener('resize', update);
})();
