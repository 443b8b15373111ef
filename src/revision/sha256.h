/* sha256.h - SHA-256 (FIPS 180-4) through libcrypto, for the checksums of revision files. */
#ifndef SC_REV_SHA256_H
#define SC_REV_SHA256_H

#include <stddef.h>

#define SC_SHA256_HEX 65   /* 64 hex digits and a NUL */

/* The digest of data[0..n) as lowercase hex into out. */
void sc_sha256_hex(const void *data, size_t n, char out[SC_SHA256_HEX]);

#endif
