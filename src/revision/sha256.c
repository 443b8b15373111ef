/* sha256.c - SHA-256 of revision files, through OpenSSL's libcrypto (a
 * well-kept implementation that libpq already links; no hand-written
 * cryptography here). */
#include <stdlib.h>

#include <openssl/evp.h>

#include "revision/sha256.h"

void sc_sha256_hex(const void *data, size_t n, char out[SC_SHA256_HEX])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    /* EVP_Digest fails only when libcrypto cannot allocate or SHA-256 is
     * disabled by its configuration; like an allocation failure elsewhere in
     * the library, that is not a condition a caller can recover from. */
    if (!EVP_Digest(data, n, md, &len, EVP_sha256(), NULL) || len != 32)
        abort();
    for (unsigned int i = 0; i < len; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[2 * len] = '\0';
}
