// Keyboard shortcuts for the review queue: j/n next, k previous, c confirm the selected statement, Enter open it.
(function () {
    "use strict";
    var items = Array.prototype.slice.call(document.querySelectorAll(".review-item"));
    if (items.length === 0) {
        return;
    }
    var current = 0;

    function select(index) {
        current = Math.max(0, Math.min(items.length - 1, index));
        items.forEach(function (item, i) {
            item.classList.toggle("selected", i === current);
        });
        items[current].focus();
    }

    document.addEventListener("keydown", function (event) {
        var target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey
                || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) {
            return;
        }
        if (event.key === "j" || event.key === "n") {
            select(current + 1);
        } else if (event.key === "k") {
            select(current - 1);
        } else if (event.key === "c") {
            items[current].querySelector(".confirm-form").submit();
        } else if (event.key === "Enter" && target && target.classList.contains("review-item")) {
            items[current].querySelector(".open-link").click();
        } else {
            return;
        }
        event.preventDefault();
    });
    select(0);
})();
