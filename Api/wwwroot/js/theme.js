// The theme chosen in this browser; without a choice, the system's preference.
const key = "telematics-theme";

export function isDark() {
    const chosen = localStorage.getItem(key);
    return chosen === null ? window.matchMedia("(prefers-color-scheme: dark)").matches : chosen === "dark";
}

export function remember(dark) {
    localStorage.setItem(key, dark ? "dark" : "light");
}
