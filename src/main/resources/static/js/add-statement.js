// On the article page, copies the editor's selection in the article text into the "add a missed statement" form,
// with a hint of where it starts (the server finds the exact words in the stored body and checks them).
(function () {
    "use strict";
    var text = document.querySelector(".article-text");
    var form = document.querySelector(".add-statement-form");
    if (!text || !form) {
        return;
    }

    // characters of article text before (node, offset), leaving out the speaker labels the page adds
    function offsetOf(node, offset) {
        var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
            acceptNode: function (n) {
                return n.parentElement && n.parentElement.closest(".speaker-label")
                    ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
            }
        });
        var count = 0;
        var paragraphs = 0;
        var lastParagraph = null;
        for (var n = walker.nextNode(); n; n = walker.nextNode()) {
            var p = n.parentElement.closest("p");
            if (p !== lastParagraph) {
                // the stored body separates paragraphs with a line break the page does not show
                if (lastParagraph !== null) {
                    paragraphs++;
                }
                lastParagraph = p;
            }
            if (n === node) {
                return count + paragraphs + offset;
            }
            count += n.nodeValue.length;
        }
        return null;
    }

    document.addEventListener("selectionchange", function () {
        var selection = document.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!text.contains(range.commonAncestorContainer)) {
            return;
        }
        form.elements.text.value = selection.toString().trim();
        var hint = range.startContainer.nodeType === Node.TEXT_NODE
            ? offsetOf(range.startContainer, range.startOffset) : null;
        form.elements.hint.value = hint === null ? "" : String(hint);
    });
})();
