// "Copy citation" on statement pages. Without JavaScript the button stays hidden and the citation is plain,
// selectable text; with it, the button copies that text to the clipboard.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('button[data-copy-target]').forEach((button) => {
        const source = document.getElementById(button.dataset.copyTarget);
        const status = button.parentElement.querySelector('.copy-status');
        if (!source || !navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', () => {
            navigator.clipboard.writeText(source.textContent.trim()).then(
                () => { if (status) status.textContent = 'Copied.'; },
                () => { if (status) status.textContent = 'Could not copy: select the text instead.'; });
        });
    });
});
