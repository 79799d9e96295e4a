// <local-time datetime="ISO 8601" format="date|datetime|time|seconds">: shows an instant in the viewer's own locale and time
// zone, which the server does not know. The text is drawn in a shadow root, so the server-rendered fallback (UTC)
// stays the element's content and the page's renderer never sees a change it did not make.
const formats = {
    date: { dateStyle: "medium" },
    time: { timeStyle: "short" },
    seconds: { timeStyle: "medium" },
    datetime: { dateStyle: "medium", timeStyle: "short" },
};

class LocalTime extends HTMLElement {
    static observedAttributes = ["datetime", "format"];

    connectedCallback() { this.render(); }

    attributeChangedCallback() { this.render(); }

    render() {
        const value = new Date(this.getAttribute("datetime"));
        if (Number.isNaN(value.getTime())) {
            return;
        }
        const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        const options = formats[this.getAttribute("format")] ?? formats.datetime;
        root.textContent = new Intl.DateTimeFormat(navigator.languages, options).format(value);
        this.title = value.toISOString();
    }
}

if (!customElements.get("local-time")) {
    customElements.define("local-time", LocalTime);
}
