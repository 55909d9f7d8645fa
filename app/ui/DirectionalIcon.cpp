#include "app/ui/DirectionalIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>

namespace rathaus::ui {

namespace {

class MirroringIconEngine : public QIconEngine
{
public:
    explicit MirroringIconEngine(QIcon icon) : m_icon(std::move(icon)) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        if (QGuiApplication::layoutDirection() != Qt::RightToLeft) {
            m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        painter->save();
        painter->translate(rect.x() * 2 + rect.width(), 0);
        painter->scale(-1, 1);
        m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap = m_icon.pixmap(size, mode, state);
        if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
            pixmap = QPixmap::fromImage(pixmap.toImage().mirrored(true, false));
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }

    QIconEngine *clone() const override { return new MirroringIconEngine(m_icon); }

private:
    QIcon m_icon;
};

} // namespace

QIcon directionalIcon(const QString &fileName)
{
    return QIcon(new MirroringIconEngine(QIcon(fileName)));
}

} // namespace rathaus::ui
