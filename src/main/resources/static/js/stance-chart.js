// A chart mark's words beside it on keyboard focus as on hover: an SVG <title> shows on hover only, and late. The
// words become the mark's aria-label, so a screen reader still hears them, and the tooltip is hidden from it.
(() => {
    function tooltip(figure) {
        let tip = figure.querySelector('.chart-tip');
        if (!tip) {
            tip = document.createElement('div');
            tip.className = 'chart-tip';
            tip.setAttribute('aria-hidden', 'true');
            tip.hidden = true;
            figure.append(tip);
        }
        return tip;
    }

    function show(figure, mark) {
        const tip = tooltip(figure);
        tip.textContent = mark.getAttribute('aria-label');
        tip.hidden = false;
        const box = figure.getBoundingClientRect();
        const at = mark.getBoundingClientRect();
        const left = at.left + at.width / 2 - box.left - tip.offsetWidth / 2;
        tip.style.left = Math.max(4, Math.min(left, box.width - tip.offsetWidth - 4)) + 'px';
        const above = at.top - box.top - tip.offsetHeight - 8;
        tip.style.top = (above >= 0 ? above : at.bottom - box.top + 8) + 'px';
    }

    function hide(figure) {
        const tip = figure.querySelector('.chart-tip');
        if (tip) {
            tip.hidden = true;
        }
    }

    document.querySelectorAll('.stance-chart').forEach(figure => {
        figure.querySelectorAll('a.mark').forEach(mark => {
            const title = mark.querySelector('title');
            if (title) {
                mark.setAttribute('aria-label', title.textContent);
                title.remove();
            }
        });
        const markOf = event => event.target.closest && event.target.closest('a.mark');
        figure.addEventListener('focusin', event => markOf(event) ? show(figure, markOf(event)) : hide(figure));
        figure.addEventListener('focusout', () => hide(figure));
        figure.addEventListener('mouseover', event => markOf(event) && show(figure, markOf(event)));
        figure.addEventListener('mouseout', event => markOf(event) && hide(figure));
        figure.addEventListener('keydown', event => event.key === 'Escape' && hide(figure));
    });
})();
