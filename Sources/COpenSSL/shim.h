#ifndef ODYSSEY_COPENSSL_SHIM_H
#define ODYSSEY_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/hmac.h>
#include <openssl/err.h>
#endif
