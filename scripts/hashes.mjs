// How the build's content-hashed file names end, in one place for the scripts that find or check
// them (check-site.mjs, offline.mjs).
//
// Trunk names the JS glue, the main module and the split loader by a 64-bit hash written in hex
// without leading zeros: 16 digits, 15 one build in sixteen (a main module ended
// "-7e6db0f5c53c6f6_bg.wasm"), fewer ever more rarely. Twelve is the floor: below it a name is no
// hash (`icon-192.png`), and a hash that short comes once in about 10^6 builds (the check then
// fails loudly). The chunks, named by scripts/post-build.mjs, have 16 digits of their SHA-256.

/** Trunk's hash, as a regular expression source. */
export const TRUNK_HASH = '[0-9a-f]{12,16}';
