#include "common/crypto/CommonPasswords.h"

#include <QSet>

#include <cstddef>

namespace rathaus::detail {

extern const unsigned char kCommonPasswordsText[];
extern const std::size_t kCommonPasswordsTextSize;

namespace {

QSet<QString> loadList()
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(kCommonPasswordsText),
                                           static_cast<qsizetype>(kCommonPasswordsTextSize));
    QSet<QString> passwords;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView entry = line.trimmed();
        if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
            passwords.insert(entry.toString());
    }
    return passwords;
}

} // namespace

bool isCommonPassword(const QString &password)
{
    static const QSet<QString> list = loadList(); // thread-safe static initialisation
    return list.contains(password.toLower());
}

} // namespace rathaus::detail
