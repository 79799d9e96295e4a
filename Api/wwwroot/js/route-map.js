// Draws a trip's route with Leaflet (window.L, vendored in lib/leaflet): the path, its start and end, and markers for
// its harsh events and speeding. Without a tile URL the route is drawn on a plain background.
const maps = new WeakMap();

const markerStyles = {
    start: { color: "#2e7d32", label: "Start" },
    end: { color: "#37474f", label: "End" },
    harshBraking: { color: "#c62828", label: "Harsh braking" },
    harshAcceleration: { color: "#ef6c00", label: "Harsh acceleration" },
    harshCornering: { color: "#6a1b9a", label: "Harsh cornering" },
    speeding: { color: "#f9a825", label: "Speeding" },
    current: { color: "#1565c0", label: "Now" },
};

// route: [[lat, lon], ...]; markers: [{ kind, lat, lon, text }]; tiles: { url, attribution } or null.
export function draw(element, route, markers, tiles) {
    forget(element);
    const map = L.map(element, { zoomControl: true, attributionControl: Boolean(tiles?.url) });
    if (tiles?.url) {
        L.tileLayer(tiles.url, { maxZoom: 19, attribution: tiles.attribution }).addTo(map);
    } else {
        element.classList.add("route-map-plain");
    }
    const layer = L.layerGroup().addTo(map);
    const state = { map, layer, path: null, current: null };
    maps.set(element, state);
    render(state, route, markers);
    element.dataset.routePoints = String(route.length);
    return route.length;
}

// Redraws the route (a live trip growing), moving the view only to keep its newest point in it.
export function update(element, route, markers) {
    const state = maps.get(element);
    if (!state) {
        return 0;
    }
    render(state, route, markers);
    element.dataset.routePoints = String(route.length);
    return route.length;
}

export function forget(element) {
    const state = maps.get(element);
    if (state) {
        state.map.remove();
        maps.delete(element);
    }
}

function render(state, route, markers) {
    state.layer.clearLayers();
    if (route.length === 0) {
        state.map.setView([0, 0], 1);
        return;
    }
    L.polyline(route, { color: "#1b5e9a", weight: 4, className: "route-path" }).addTo(state.layer);
    for (const marker of markers) {
        const style = markerStyles[marker.kind] ?? markerStyles.current;
        L.circleMarker([marker.lat, marker.lon], {
            radius: marker.kind === "start" || marker.kind === "end" ? 6 : 8,
            color: style.color,
            fillColor: style.color,
            fillOpacity: 0.85,
            className: `route-marker route-marker-${marker.kind}`,
        }).bindTooltip(textOf(marker.text ? `${style.label}: ${marker.text}` : style.label)).addTo(state.layer);
    }
    // A live trip's view follows it only when its newest point leaves the view, so that a reader's zoom stands; a
    // route of one point would otherwise zoom without limit.
    if (!state.fitted || !state.map.getBounds().contains(route[route.length - 1])) {
        // Not animated: a view that moves every second would be always mid-animation, its markers hidden meanwhile.
        state.map.fitBounds(L.latLngBounds(route), { padding: [16, 16], maxZoom: 16, animate: false });
        state.fitted = true;
    }
}

// Leaflet writes a string tooltip as HTML: an element with text content keeps any text as text.
function textOf(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span;
}
