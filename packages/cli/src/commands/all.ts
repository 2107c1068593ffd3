// Each line registers one command; keep them in the order `giaoban --help` shows.
export {};
