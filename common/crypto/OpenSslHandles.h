#pragma once

#include <openssl/evp.h>

#include <memory>

namespace rathaus::openssl {

// Owning handles for OpenSSL objects: freed by the right function, always.
template<auto FreeFunction>
struct Deleter
{
    template<typename T>
    void operator()(T *object) const { FreeFunction(object); }
};

using MdContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;

} // namespace rathaus::openssl
