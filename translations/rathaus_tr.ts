<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Warning, this entry fails the check: %1</source>
        <extracomment>Read out by screen readers before the entry the log check names</extracomment>
        <translation>Uyarı, bu kayıt denetimi geçemedi: %1</translation>
    </message>
</context>
<context>
    <name>AccessLogSection</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Verilerimi kim gördü</translation>
    </message>
    <message>
        <source>Every time someone at the city reads, changes or passes on your data, it is written down here: who, when, why and on which legal basis. Each entry is sealed and linked to the one before it, so Rathaus can check on your computer that none was changed or removed afterwards.</source>
        <translation>Belediyede biri verilerinizi her okuduğunda, değiştirdiğinde veya ilettiğinde bu burada kaydedilir: kim, ne zaman, neden ve hangi yasal dayanakla. Her kayıt mühürlenir ve bir öncekine bağlanır; böylece Rathaus, sonradan hiçbir kaydın değiştirilmediğini veya silinmediğini bilgisayarınızda denetleyebilir.</translation>
    </message>
    <message>
        <source>Check of the access log</source>
        <translation>Erişim kaydının denetimi</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Yeniden denetle</translation>
    </message>
    <message>
        <source>Check the access log again</source>
        <translation>Erişim kaydını yeniden denetle</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Daire</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Ne oldu</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Dönem</translation>
    </message>
    <message>
        <source>Show entries of this office</source>
        <translation>Bu dairenin kayıtlarını göster</translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation>Bu türdeki kayıtları göster</translation>
    </message>
    <message>
        <source>Show entries of this period</source>
        <translation>Bu dönemin kayıtlarını göster</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>-</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Erişim kaydı</translation>
    </message>
    <message>
        <source>One sentence per access to your data, newest first. More entries load as you scroll.</source>
        <translation>Verilerinize yapılan her erişim için bir cümle, en yenisi en üstte. Kaydırdıkça daha fazla kayıt yüklenir.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
</context>
<context>
    <name>AccessLogText</name>
    <message>
        <source>read</source>
        <translation>okudu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirdi</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>iletti</translation>
    </message>
    <message>
        <source>received</source>
        <translation>aldı</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the access log (QDate::toString): &quot;3 May 2026&quot;; German &quot;d. MMMM yyyy&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;3 May 2026, 10:14&quot;: date, then time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>your record “%1”</source>
        <translation>“%1” kaydınız</translation>
    </message>
    <message>
        <source>%1, caseworker %2, read %3 on %4 at %5</source>
        <extracomment>%1 office, %2 caseworker pseudonym, %3 what, %4 date, %5 time</extracomment>
        <translation>%1, memur %2 – okundu: %3 (%4, saat %5)</translation>
    </message>
    <message>
        <source>%1, caseworker %2, changed %3 on %4 at %5</source>
        <translation>%1, memur %2 – değiştirildi: %3 (%4, saat %5)</translation>
    </message>
    <message>
        <source>%1, caseworker %2, passed on %3 on %4 at %5</source>
        <translation>%1, memur %2 – iletildi: %3 (%4, saat %5)</translation>
    </message>
    <message>
        <source>%1, caseworker %2, received %3 on %4 at %5</source>
        <translation>%1, memur %2 – alındı: %3 (%4, saat %5)</translation>
    </message>
    <message>
        <source>%1 read %2 automatically on %3 at %4</source>
        <extracomment>No person acted: %1 office, %2 what, %3 date, %4 time</extracomment>
        <translation>%1 – otomatik olarak okundu: %2 (%3, saat %4)</translation>
    </message>
    <message>
        <source>%1 marked its copy of %2 for deletion on %3 at %4</source>
        <translation>%1 – kendi kopyası silinmek üzere işaretlendi: %2 (%3, saat %4)</translation>
    </message>
    <message>
        <source>%1 changed %2 automatically on %3 at %4</source>
        <translation>%1 – otomatik olarak değiştirildi: %2 (%3, saat %4)</translation>
    </message>
    <message>
        <source>%1 passed on %2 automatically on %3 at %4</source>
        <translation>%1 – otomatik olarak iletildi: %2 (%3, saat %4)</translation>
    </message>
    <message>
        <source>%1 received %2 automatically on %3 at %4</source>
        <translation>%1 – otomatik olarak alındı: %2 (%3, saat %4)</translation>
    </message>
    <message>
        <source> – for application %1</source>
        <translation> – %1 numaralı başvuru için</translation>
    </message>
    <message>
        <source> – purpose: “%1”</source>
        <translation> – amaç: “%1”</translation>
    </message>
    <message>
        <source>; with your consent</source>
        <translation>; onayınızla</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; yasal dayanak: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>Belediyenin sunucusu okunamayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>The city&apos;s server did not answer in time.</source>
        <translation>Belediyenin sunucusu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Lütfen birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The identity of the city&apos;s server could not be verified.</source>
        <translation>Belediyenin sunucusunun kimliği doğrulanamadı.</translation>
    </message>
    <message>
        <source>The connection was stopped to protect your data. Check the server address in the settings.</source>
        <translation>Verilerinizi korumak için bağlantı durduruldu. Ayarlardaki sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached.</source>
        <translation>Belediyenin sunucusuna ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>İnternet bağlantınızı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The connection to the city&apos;s server was interrupted.</source>
        <translation>Belediyenin sunucusuyla bağlantı kesildi.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Lütfen yeniden deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>Lütfen %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation>Lütfen biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Too many requests were sent.</source>
        <translation>Çok fazla istek gönderildi.</translation>
    </message>
    <message>
        <source>The city&apos;s server is not available right now.</source>
        <translation>Belediyenin sunucusu şu anda kullanılamıyor.</translation>
    </message>
    <message>
        <source>The city&apos;s server had a problem.</source>
        <translation>Belediyenin sunucusunda bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Please try again later. If this keeps happening, contact your city.</source>
        <translation>Lütfen daha sonra yeniden deneyin. Sorun devam ederse belediyenize başvurun.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Oturum açmadınız.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bunu yapma yetkiniz yok.</translation>
    </message>
    <message>
        <source>This was not found.</source>
        <translation>Bu bulunamadı.</translation>
    </message>
    <message>
        <source>The city&apos;s server refused the request.</source>
        <translation>Belediyenin sunucusu isteği reddetti.</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Lütfen daha sonra yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message>
        <source>Application</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <source>Back to &amp;my applications</source>
        <translation>&amp;Başvurularıma geri dön</translation>
    </message>
    <message>
        <source>Back to my applications</source>
        <translation>Başvurularıma geri dön</translation>
    </message>
    <message>
        <source>&amp;Withdraw application…</source>
        <translation>Başvuruyu &amp;geri çek…</translation>
    </message>
    <message>
        <source>Withdraw this application</source>
        <translation>Bu başvuruyu geri çek</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Bilgileriniz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Application form</source>
        <translation>Başvuru formu</translation>
    </message>
    <message>
        <source>Back to the service &amp;description</source>
        <translation>Hizmet &amp;açıklamasına geri dön</translation>
    </message>
    <message>
        <source>Back to the service description</source>
        <translation>Hizmet açıklamasına geri dön</translation>
    </message>
    <message>
        <source>What you entered is kept.</source>
        <translation>Girdiğiniz bilgiler saklanır.</translation>
    </message>
    <message>
        <source>Progress through the form</source>
        <translation>Formdaki ilerleme</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
    <message>
        <source>&amp;Submit application</source>
        <translation>Başvuruyu &amp;gönder</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>Başvuruyu gönder</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message numerus="yes">
        <source>%1 · • %n new message(s)</source>
        <extracomment>Status in the list with unread office messages, e.g. &quot;In review · • 1 new message&quot;</extracomment>
        <translation>
            <numerusform>%1 · • %n yeni mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Fee and payment state in the list, e.g. &quot;5,00 € · Not paid yet&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Dosya numarası</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Başvuru tarihi</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Ödeme bekleniyor</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Bilgi gerekli</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>Pay the fee to submit your application. The office sees it once it is paid.</source>
        <translation>Başvurunuzu göndermek için ücreti ödeyin. Daire, ödeme yapıldıktan sonra başvurunuzu görür.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working days.</source>
        <translation>
            <numerusform>Daire başvurunuzu yakında incelemeye başlayacak; bu genellikle %n iş günü içinde olur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>Daire başvurunuzu yakında incelemeye başlayacak.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working days.</source>
        <translation>
            <numerusform>Daire başvurunuzu inceliyor; bu genellikle %n iş günü sürer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>Daire başvurunuzu inceliyor.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>Dairenin sizden ek bilgiye ihtiyacı var. Devam edebilmesi için mesajını yanıtlayın.</translation>
    </message>
    <message>
        <source>The office has paused your application for now and will tell you when it continues.</source>
        <translation>Daire başvurunuzu şimdilik beklemeye aldı ve devam ettiğinde size bildirecek.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Başvurunuz onaylandı. Daire belgenizi hazırlıyor.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Başvurunuz reddedildi. Dairenin mesajı nedenini ve nasıl itiraz edebileceğinizi açıklıyor.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Tamamlandı. Düzenlenen belgeler başvurunuza eklenmiştir.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>Bu başvuruyu geri çektiniz. Daire başvuruyu daha fazla işlemeyecek.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Belge önizlemesi</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>On hold &amp;until</source>
        <translation>&amp;Şu tarihe kadar beklemede</translation>
    </message>
    <message>
        <source>On hold until</source>
        <translation>Şu tarihe kadar beklemede</translation>
    </message>
    <message>
        <source>&amp;Amount to refund (EUR)</source>
        <translation>İade edilecek &amp;tutar (EUR)</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>İade edilecek tutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>a colleague</source>
        <translation>bir meslektaş</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>vatandaş</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>ödeme hizmeti sağlayıcısı</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>memur</translation>
    </message>
    <message>
        <source>head of office</source>
        <translation>daire amiri</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>yönetim</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseDataLayout</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Diğer bilgiler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>The log could not be checked this time.</source>
        <translation>Kayıt bu sefer denetlenemedi.</translation>
    </message>
    <message>
        <source>Checking that the log is complete and unchanged…</source>
        <translation>Kaydın eksiksiz ve değiştirilmemiş olduğu denetleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>Checking that the log is complete and unchanged… (%n entries so far)</source>
        <translation>
            <numerusform>Kaydın eksiksiz ve değiştirilmemiş olduğu denetleniyor… (şu ana kadar %n kayıt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the city has accessed your data so far.</source>
        <translation>Belediyede şu ana kadar hiç kimse verilerinize erişmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Log complete and unchanged (%n entries checked).</source>
        <translation>
            <numerusform>Kayıt eksiksiz ve değiştirilmemiş (%n kayıt denetlendi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the entry of %1 was changed after it was written - its content no longer matches the seal it got when it was written.</source>
        <translation>Uyarı: %1 tarihli kayıt yazıldıktan sonra değiştirildi - içeriği, yazıldığında aldığı mühürle artık uyuşmuyor.</translation>
    </message>
    <message>
        <source>Warning: the entry of %1 does not fit its predecessor - entries before it were removed or the log was changed afterwards. (An office may also be allowed by law to show an entry only later.)</source>
        <translation>Uyarı: %1 tarihli kayıt bir öncekiyle uyuşmuyor - ondan önceki kayıtlar silinmiş veya kayıt sonradan değiştirilmiş. (Bir dairenin bir kaydı ancak daha sonra göstermesine yasal olarak izin verilmiş de olabilir.)</translation>
    </message>
    <message>
        <source>Warning: the log starts with the entry of %1, but older entries are missing although they must still be kept.</source>
        <translation>Uyarı: Kayıt %1 tarihli kayıtla başlıyor, ancak hâlâ saklanması gereken daha eski kayıtlar eksik.</translation>
    </message>
    <message>
        <source>Please tell the city&apos;s data protection officer.</source>
        <translation>Lütfen bunu belediyenin veri koruma görevlisine bildirin.</translation>
    </message>
</context>
<context>
    <name>CockpitDirectory</name>
    <message>
        <source>your registration data</source>
        <translation>nüfus kayıt bilgileriniz</translation>
    </message>
    <message>
        <source>a birth record</source>
        <translation>bir doğum kaydı</translation>
    </message>
    <message>
        <source>your marriage record</source>
        <translation>evlilik kaydınız</translation>
    </message>
    <message>
        <source>your vehicle registration</source>
        <translation>araç tescil kaydınız</translation>
    </message>
    <message>
        <source>your dog tax record</source>
        <translation>köpek vergisi kaydınız</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>verileriniz</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>Verilerim</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Başlangıç sayfasına geri dön</translation>
    </message>
    <message>
        <source>Parts of your data cockpit</source>
        <translation>Veri kokpitinizin bölümleri</translation>
    </message>
</context>
<context>
    <name>CockpitReport</name>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ödemeler</translation>
    </message>
    <message>
        <source>refunded: %1</source>
        <translation>iade edildi: %1</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Düzenlenen belgeler</translation>
    </message>
    <message>
        <source>%1, issued by %2 on %3</source>
        <translation>%1, %2 tarafından %3 tarihinde düzenlendi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation>Belediyedeki verilerim</translation>
    </message>
    <message>
        <source>%1 – created on %2</source>
        <translation>%1 – %2 tarihinde oluşturuldu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Başvurular</translation>
    </message>
    <message>
        <source>Your city does not offer the complete export yet: applications, payments, documents, messages and transfers are missing here.</source>
        <translation>Belediyeniz henüz tam dışa aktarımı sunmuyor: başvurular, ödemeler, belgeler, mesajlar ve aktarımlar burada eksik.</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Başvuru yok.</translation>
    </message>
    <message>
        <source>Transfers between offices</source>
        <translation>Daireler arası aktarımlar</translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation>Aktarım yok.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>%1 numaralı başvuru için</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Verilerimi kim gördü</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Kayıt yok.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft cannot be read.</source>
        <translation>Bu taslak okunamıyor.</translation>
    </message>
    <message>
        <source>It was saved with another key or was changed on disk. You can discard it and start again.</source>
        <translation>Başka bir anahtarla kaydedilmiş veya diskte değiştirilmiş. Taslağı silip yeniden başlayabilirsiniz.</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Taslak kaydedilemedi.</translation>
    </message>
    <message>
        <source>Check that there is free space on this computer.</source>
        <translation>Bu bilgisayarda boş alan olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>This draft is gone.</source>
        <translation>Bu taslak artık yok.</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <source>The folder for the demo city could not be created: %1</source>
        <translation>Demo belediye için klasör oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>This build contains no demo city. Set a server address in the settings.</source>
        <translation>Bu sürümde demo belediye yok. Ayarlarda bir sunucu adresi girin.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Suggest an improvement</source>
        <translation>İyileştirme önerin</translation>
    </message>
    <message>
        <source>What could the city do better online? Your suggestion goes to the team that runs the digital services. Please do not include personal data such as your address or account numbers.</source>
        <translation>Belediye çevrimiçi olarak neyi daha iyi yapabilir? Öneriniz, dijital hizmetleri yürüten ekibe iletilir. Lütfen adresiniz veya hesap numaralarınız gibi kişisel veriler eklemeyin.</translation>
    </message>
    <message>
        <source>Your &amp;suggestion</source>
        <translation>&amp;Öneriniz</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Öneriniz</translation>
    </message>
    <message>
        <source>Between 10 and 4000 characters.</source>
        <translation>10 ile 4000 karakter arası.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value is not valid.</source>
        <translation>Bu değer geçerli değil.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>En az %n karakter girin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>En fazla %n karakter girin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a single line.</source>
        <translation>Tek bir satır girin.</translation>
    </message>
    <message>
        <source>Enter a value in the expected format.</source>
        <translation>Beklenen biçimde bir değer girin.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geçerli bir e-posta adresi girin.</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>Geçerli bir telefon numarası girin.</translation>
    </message>
    <message>
        <source>Enter a valid IBAN.</source>
        <translation>Geçerli bir IBAN girin.</translation>
    </message>
    <message>
        <source>Enter a valid licence plate, for example LG-AB 123.</source>
        <translation>Geçerli bir araç plakası girin, örneğin LG-AB 123.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Bir sayı girin.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>En az %1 olan bir sayı girin.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>En fazla %1 olan bir sayı girin.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Geçerli bir tarih girin.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>%1 veya sonrasında bir tarih seçin.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>%1 veya öncesinde bir tarih seçin.</translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation>Sunulan seçeneklerden birini seçin.</translation>
    </message>
    <message>
        <source>Choose only from the offered options.</source>
        <translation>Yalnızca sunulan seçeneklerden seçin.</translation>
    </message>
    <message>
        <source>Choose each option only once.</source>
        <translation>Her seçeneği yalnızca bir kez seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n options.</source>
        <translation>
            <numerusform>En az %n seçenek seçin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n options.</source>
        <translation>
            <numerusform>En fazla %n seçenek seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter street, postal code and city.</source>
        <translation>Sokak, posta kodu ve şehir girin.</translation>
    </message>
    <message>
        <source>Enter a postal code of five digits.</source>
        <translation>Beş haneli bir posta kodu girin.</translation>
    </message>
    <message numerus="yes">
        <source>Attach at least %n files.</source>
        <translation>
            <numerusform>En az %n dosya ekleyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n files.</source>
        <translation>
            <numerusform>En fazla %n dosya ekleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Bilinmeyen alan.</translation>
    </message>
    <message>
        <source>Tick this box to continue.</source>
        <translation>Devam etmek için bu kutuyu işaretleyin.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Bu alan zorunludur.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>free of charge</source>
        <translation>ücretsiz</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A fee that depends on the application, e.g. &quot;from €0.00&quot;</extracomment>
        <translation>%1 ve üzeri</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>hemen</translation>
    </message>
    <message>
        <source>about 1 working day</source>
        <translation>yaklaşık 1 iş günü</translation>
    </message>
    <message>
        <source>about %1 working days</source>
        <translation>yaklaşık %1 iş günü</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Services of your city</source>
        <translation>Belediyenizin hizmetleri</translation>
    </message>
    <message>
        <source>Which service do you need? Search the services of your city or choose one from the list.</source>
        <translation>Hangi hizmete ihtiyacınız var? Belediyenizin hizmetlerinde arama yapın veya listeden birini seçin.</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;Başvurularım</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Başvurularım</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>Yaptığınız başvurular ve durumları</translation>
    </message>
    <message>
        <source>Your unfinished applications</source>
        <translation>Tamamlanmamış başvurularınız</translation>
    </message>
    <message>
        <source>Unfinished applications</source>
        <translation>Tamamlanmamış başvurular</translation>
    </message>
    <message>
        <source>Drafts saved on this computer. Press Enter to continue one.</source>
        <translation>Bu bilgisayarda kaydedilmiş taslaklar. Birine devam etmek için Enter tuşuna basın.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>Seçili taslağı sil</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <source>Continue the selected draft</source>
        <translation>Seçili taslağa devam et</translation>
    </message>
    <message>
        <source>&amp;Search services</source>
        <translation>Hizmetlerde &amp;ara</translation>
    </message>
    <message>
        <source>For example: parking permit, certificate, dog</source>
        <translation>Örneğin: park izni, belge, köpek</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Hizmetlerde ara</translation>
    </message>
    <message>
        <source>Type words to narrow the list of services below</source>
        <translation>Aşağıdaki hizmet listesini daraltmak için kelimeler yazın</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <source>The services of your city with office, fee and processing time. Press Enter to see the details of a service.</source>
        <translation>Belediyenizin hizmetleri; daire, ücret ve işlem süresiyle. Bir hizmetin ayrıntılarını görmek için Enter tuşuna basın.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Ayrıntıları göster</translation>
    </message>
    <message>
        <source>Show details of the selected service</source>
        <translation>Seçili hizmetin ayrıntılarını göster</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Sign in with your account to use the services of your city online.</source>
        <translation>Belediyenizin hizmetlerini çevrimiçi kullanmak için hesabınızla oturum açın.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The username of your account</source>
        <translation>Hesabınızın kullanıcı adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Şi&amp;fre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>The password of your account</source>
        <translation>Hesabınızın şifresi</translation>
    </message>
    <message>
        <source>Your account is protected with a second factor. Please enter the current code from your authenticator app.</source>
        <translation>Hesabınız ikinci bir faktörle korunuyor. Lütfen kimlik doğrulama uygulamanızdaki güncel kodu girin.</translation>
    </message>
    <message>
        <source>&amp;One-time code</source>
        <translation>&amp;Tek kullanımlık kod</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Tek kullanımlık kod</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app</source>
        <translation>Kimlik doğrulama uygulamanızdaki altı haneli kod</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Hata mesajı</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Oturum açılıyor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Demo city: not a real authority. Applications and data here are examples only.</source>
        <translation>Demo belediye: gerçek bir kurum değildir. Buradaki başvurular ve veriler yalnızca örnektir.</translation>
    </message>
    <message>
        <source>Demo city: not a real authority</source>
        <translation>Demo belediye: gerçek bir kurum değildir</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Anladım</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Bildirimi kapat</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <source>The start page: services and your unfinished applications</source>
        <translation>Başlangıç sayfası: hizmetler ve tamamlanmamış başvurularınız</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>Başvu&amp;rularım</translation>
    </message>
    <message>
        <source>The applications you have filed and their status</source>
        <translation>Yaptığınız başvurular ve durumları</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;yarlar</translation>
    </message>
    <message>
        <source>Language and city server</source>
        <translation>Dil ve belediye sunucusu</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>&amp;İyileştirme önerin</translation>
    </message>
    <message>
        <source>Tell the city what could work better online</source>
        <translation>Belediyeye çevrimiçi olarak neyin daha iyi olabileceğini bildirin</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Oturumu &amp;kapat</translation>
    </message>
    <message>
        <source>End your session on this computer</source>
        <translation>Bu bilgisayardaki oturumunuzu sonlandırın</translation>
    </message>
</context>
<context>
    <name>MyApplicationsPage</name>
    <message>
        <source>My applications</source>
        <translation>Başvurularım</translation>
    </message>
    <message>
        <source>Back to the &amp;start page</source>
        <translation>&amp;Başlangıç sayfasına geri dön</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Başlangıç sayfasına geri dön</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>Başvurularınız</translation>
    </message>
    <message>
        <source>Reference, service, status, fee and filing date of each application. Press Enter to see one.</source>
        <translation>Her başvurunun dosya numarası, hizmeti, durumu, ücreti ve başvuru tarihi. Birini görmek için Enter tuşuna basın.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Listeyi yenile</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Ayrıntıları göster</translation>
    </message>
    <message>
        <source>Show the selected application</source>
        <translation>Seçili başvuruyu göster</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Not paid yet</source>
        <translation>Henüz ödenmedi</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Ödeme yapılıyor</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Ödeme iptal edildi.</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Ödendi, kısmen iade edildi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Your card was declined. You can try again with another card.</source>
        <translation>Kartınız reddedildi. Başka bir kartla yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Your card has expired. You can try again with another card.</source>
        <translation>Kartınızın süresi dolmuş. Başka bir kartla yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time. If money was taken, the payment will show as paid within a few minutes; otherwise you can try again.</source>
        <translation>Ödeme hizmeti zamanında yanıt vermedi. Para çekildiyse ödeme birkaç dakika içinde ödendi olarak görünür; aksi takdirde yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>You cancelled the payment. You can start it again at any time.</source>
        <translation>Ödemeyi iptal ettiniz. İstediğiniz zaman yeniden başlatabilirsiniz.</translation>
    </message>
    <message>
        <source>The payment service had a problem. Please try again in a few minutes.</source>
        <translation>Ödeme hizmetinde bir sorun oluştu. Lütfen birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The payment did not go through. You can try again.</source>
        <translation>Ödeme gerçekleşmedi. Yeniden deneyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;29. November 2026, 11:05 Uhr&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Ödenen tutar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Application reference</source>
        <translation>Başvuru dosya numarası</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ödeme tarihi</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>Payment number</source>
        <translation>Ödeme numarası</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Ödeme makbuzu</translation>
    </message>
    <message>
        <source>This receipt was created by Rathaus from the city&apos;s payment records. Keep it for your files.</source>
        <translation>Bu makbuz, Rathaus tarafından belediyenin ödeme kayıtlarından oluşturuldu. Dosyalarınız için saklayın.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Sahibi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geçerlilik başlangıcı</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik bitişi</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seri numarası</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Düzenlenme tarihi</translation>
    </message>
    <message>
        <source>Electronically signed by %1. The signature was checked when this copy was printed: valid.</source>
        <translation>%1 tarafından elektronik olarak imzalanmıştır. İmza, bu kopya yazdırılırken denetlendi: geçerli.</translation>
    </message>
    <message>
        <source>Warning: the signature of this document could not be confirmed. Do not rely on this copy.</source>
        <translation>Uyarı: Bu belgenin imzası doğrulanamadı. Bu kopyaya güvenmeyin.</translation>
    </message>
    <message>
        <source>Anyone can check this document: ask the city&apos;s server for serial number %1 at %2</source>
        <translation>Bu belgeyi herkes denetleyebilir: %2 adresindeki belediye sunucusuna %1 seri numarasını sorun</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”. Please choose another folder.</source>
        <translation>PDF “%1” konumuna yazılamadı. Lütfen başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Bir sorun oluştu.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Citizen</source>
        <translation>Vatandaş</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Memur</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Daire amiri</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Service details</source>
        <translation>Hizmet ayrıntıları</translation>
    </message>
    <message>
        <source>&amp;Back to all services</source>
        <translation>&amp;Tüm hizmetlere geri dön</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>Tüm hizmetlere geri dön</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>Bu hizmet hakkında</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Gerekenler</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>İşlem süresi</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Sorumlu daire</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Yasal dayanak</translation>
    </message>
    <message>
        <source>&amp;Apply online</source>
        <translation>Çevrimiçi &amp;başvur</translation>
    </message>
    <message>
        <source>Fill in the application form step by step.</source>
        <translation>Başvuru formunu adım adım doldurun.</translation>
    </message>
    <message>
        <source>Apply online</source>
        <translation>Çevrimiçi başvur</translation>
    </message>
    <message>
        <source>Opens the application form. You check all your answers before you submit them.</source>
        <translation>Başvuru formunu açar. Göndermeden önce tüm yanıtlarınızı kontrol edersiniz.</translation>
    </message>
    <message>
        <source>You fill in the form step by step and check all your answers before you submit them.</source>
        <translation>Formu adım adım doldurur ve göndermeden önce tüm yanıtlarınızı kontrol edersiniz.</translation>
    </message>
    <message>
        <source>Suggest an &amp;improvement</source>
        <translation>&amp;İyileştirme önerin</translation>
    </message>
    <message>
        <source>Tell the city what could work better in this service.</source>
        <translation>Belediyeye bu hizmette neyin daha iyi olabileceğini bildirin.</translation>
    </message>
    <message>
        <source>Suggest an improvement for this service</source>
        <translation>Bu hizmet için iyileştirme önerin</translation>
    </message>
</context>
<context>
    <name>ServiceSchemaCheck</name>
    <message>
        <source>Name the legal basis.</source>
        <translation>Yasal dayanağı belirtin.</translation>
    </message>
    <message>
        <source>The form is missing.</source>
        <translation>Form eksik.</translation>
    </message>
    <message>
        <source>The fee is missing.</source>
        <translation>Ücret eksik.</translation>
    </message>
    <message>
        <source>Unknown member.</source>
        <translation>Bilinmeyen öğe.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits and hyphens (e.g. &quot;dog-tax&quot;).</source>
        <translation>1 ile 64 arasında küçük harf, rakam ve kısa çizgi kullanın (örn. &quot;dog-tax&quot;).</translation>
    </message>
    <message>
        <source>Choose the office.</source>
        <translation>Daireyi seçin.</translation>
    </message>
    <message>
        <source>Use basic, substantial or high.</source>
        <translation>basic, substantial veya high kullanın.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 3650.</source>
        <translation>0 ile 3650 arasında tam gün sayısı girin.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Bir metin girin.</translation>
    </message>
    <message>
        <source>The German text is missing.</source>
        <translation>Almanca metin eksik.</translation>
    </message>
    <message>
        <source>The English text is missing.</source>
        <translation>İngilizce metin eksik.</translation>
    </message>
    <message>
        <source>Give a list of texts.</source>
        <translation>Bir metin listesi verin.</translation>
    </message>
    <message>
        <source>The version is a positive whole number.</source>
        <translation>Sürüm pozitif bir tam sayıdır.</translation>
    </message>
    <message>
        <source>The form needs at least one step.</source>
        <translation>Form en az bir adım gerektirir.</translation>
    </message>
    <message>
        <source>A step is an object.</source>
        <translation>Bir adım bir nesnedir.</translation>
    </message>
    <message>
        <source>A step needs at least one field.</source>
        <translation>Bir adım en az bir alan gerektirir.</translation>
    </message>
    <message>
        <source>A field is an object.</source>
        <translation>Bir alan bir nesnedir.</translation>
    </message>
    <message>
        <source>Use a lower-case letter, then letters, digits or underscores (e.g. &quot;dog_name&quot;).</source>
        <translation>Bir küçük harfle başlayın, ardından harf, rakam veya alt çizgi kullanın (örn. &quot;dog_name&quot;).</translation>
    </message>
    <message>
        <source>This key is already used by another field.</source>
        <translation>Bu anahtar başka bir alan tarafından zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Bilinmeyen alan türü.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>true veya false kullanın.</translation>
    </message>
    <message>
        <source>Not allowed for this field type.</source>
        <translation>Bu alan türü için izin verilmiyor.</translation>
    </message>
    <message>
        <source>Enter a whole number of days.</source>
        <translation>Tam gün sayısı girin.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Bir sayı girin.</translation>
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation>En büyük değer en küçük değerin altında.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>0 veya daha büyük bir tam sayı girin.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression.</source>
        <translation>Bu geçerli bir düzenli ifade değil.</translation>
    </message>
    <message>
        <source>Give a list of MIME types (e.g. &quot;application/pdf&quot;).</source>
        <translation>Bir MIME türleri listesi verin (örn. &quot;application/pdf&quot;).</translation>
    </message>
    <message>
        <source>A choice field needs at least one option.</source>
        <translation>Bir seçim alanı en az bir seçenek gerektirir.</translation>
    </message>
    <message>
        <source>Enter the stored value.</source>
        <translation>Kaydedilen değeri girin.</translation>
    </message>
    <message>
        <source>This value is already used by another option.</source>
        <translation>Bu değer başka bir seçenek tarafından zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>Write it as {&quot;field&quot;: key, &quot;equals&quot;: value}.</source>
        <translation>{&quot;field&quot;: anahtar, &quot;equals&quot;: değer} biçiminde yazın.</translation>
    </message>
    <message>
        <source>Name a field that comes before this one.</source>
        <translation>Bundan önce gelen bir alanın adını verin.</translation>
    </message>
    <message>
        <source>Enter an amount in cents, 0 or more.</source>
        <translation>Kuruş cinsinden 0 veya daha büyük bir tutar girin.</translation>
    </message>
    <message>
        <source>Fees are in EUR.</source>
        <translation>Ücretler EUR cinsindendir.</translation>
    </message>
    <message>
        <source>Give a list of rules.</source>
        <translation>Bir kural listesi verin.</translation>
    </message>
    <message>
        <source>Name a number field of the form.</source>
        <translation>Formun bir sayı alanının adını verin.</translation>
    </message>
    <message>
        <source>Name a choice field of the form.</source>
        <translation>Formun bir seçim alanının adını verin.</translation>
    </message>
    <message>
        <source>Give an amount in cents for each option.</source>
        <translation>Her seçenek için kuruş cinsinden bir tutar verin.</translation>
    </message>
    <message>
        <source>The field has no such option.</source>
        <translation>Alanda böyle bir seçenek yok.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>Programın dili. Hemen değişir.</translation>
    </message>
    <message>
        <source>City &amp;server</source>
        <translation>Belediye &amp;sunucusu</translation>
    </message>
    <message>
        <source>Empty: the built-in demo city</source>
        <translation>Boş: yerleşik demo belediye</translation>
    </message>
    <message>
        <source>City server</source>
        <translation>Belediye sunucusu</translation>
    </message>
    <message>
        <source>The address of your city&apos;s server, starting with https://. Leave it empty for the built-in demo city.</source>
        <translation>Belediyenizin sunucusunun https:// ile başlayan adresi. Yerleşik demo belediye için boş bırakın.</translation>
    </message>
    <message>
        <source>A new server address is used the next time you start Rathaus.</source>
        <translation>Yeni sunucu adresi, Rathaus&apos;u bir sonraki başlatışınızda kullanılır.</translation>
    </message>
</context>
<context>
    <name>StaffCasePage</name>
    <message>
        <source>Case</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>&amp;Back to the inbox</source>
        <translation>&amp;Gelen kutusuna geri dön</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Dosyanın bölümleri</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Başvuru</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geçmiş</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Dosyanın geçmişi</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Dahili &amp;notlar</translation>
    </message>
    <message>
        <source>Internal notes are seen only by the office, never by the citizen.</source>
        <translation>Dahili notları yalnızca daire görür, vatandaş asla görmez.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Dahili notlar</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Yeni dahili not</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Not ekle</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mesajlar</translation>
    </message>
    <message>
        <source>Messages with the citizen</source>
        <translation>Vatandaşla mesajlar</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Vatandaşa mesaj</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>Mesajı &amp;gönder</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>Ö&amp;deme</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Data &amp;transfers</source>
        <translation>Veri &amp;aktarımları</translation>
    </message>
    <message>
        <source>Ask another office for a record of this citizen. The citizen decides whether it is passed on.</source>
        <translation>Başka bir daireden bu vatandaşa ait bir kaydı isteyin. Kaydın iletilip iletilmeyeceğine vatandaş karar verir.</translation>
    </message>
    <message>
        <source>Data transfers of this case</source>
        <translation>Bu dosyanın veri aktarımları</translation>
    </message>
    <message>
        <source>&amp;Request a record…</source>
        <translation>Kayıt &amp;iste…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Caseworker&apos;s workspace</source>
        <translation>Memurun çalışma alanı</translation>
    </message>
</context>
<context>
    <name>StaffInboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Gelen kutusu</translation>
    </message>
    <message>
        <source>Saved &amp;filters</source>
        <translation>Kayıtlı &amp;filtreler</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Kayıtlı filtreler</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filtreyi kaydet…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>Kayıtlı filtreyi sil</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>İs&amp;tatistikler</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>Ö&amp;neriler</translation>
    </message>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Vatandaşlardan gelen öneriler</translation>
    </message>
    <message>
        <source>Reference or name</source>
        <translation>Dosya numarası veya ad</translation>
    </message>
    <message>
        <source>Search by reference or name</source>
        <translation>Dosya numarasına veya ada göre ara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Yalnızca süresi geçenler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Dosyayı &amp;aç</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Rathaus: the city hall on your desktop.</source>
        <translation>Rathaus: masaüstünüzdeki belediye.</translation>
    </message>
    <message>
        <source>The city server to use (https://...). Without it: the built-in demo city.</source>
        <translation>Kullanılacak belediye sunucusu (https://...). Belirtilmezse: yerleşik demo belediye.</translation>
    </message>
    <message>
        <source>The language of the program: de or en.</source>
        <translation>Programın dili: de, en, tr veya ar.</translation>
    </message>
    <message>
        <source>Print the milliseconds from launch until the first window shows data, then quit.</source>
        <translation>Başlatmadan ilk pencerenin veri gösterdiği ana kadar geçen milisaniyeyi yazdır, ardından çık.</translation>
    </message>
    <message>
        <source>The folder for the demo city&apos;s data.</source>
        <translation>Demo belediyenin verileri için klasör.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Geçerli bir URL değil: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use de or en)</source>
        <translation>Bilinmeyen dil: %1 (de, en, tr veya ar kullanın)</translation>
    </message>
    <message>
        <source>Kiosk mode for the citizens&apos; office: full screen, citizens only, signed out after inactivity, nothing kept.</source>
        <translation>Vatandaş ofisi için kiosk modu: tam ekran, yalnızca vatandaşlar, hareketsizlikten sonra oturum kapatılır, hiçbir şey saklanmaz.</translation>
    </message>
    <message>
        <source>Kiosk mode: seconds without input before the sign-out countdown starts (default 120).</source>
        <translation>Kiosk modu: oturum kapatma geri sayımı başlamadan önce girişsiz geçen saniye sayısı (varsayılan 120).</translation>
    </message>
    <message>
        <source>Not a number of seconds (1 or more): %1</source>
        <translation>Geçerli bir saniye sayısı değil (1 veya daha fazla): %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Fee open</source>
        <translation>Ücret ödenmedi</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Information needed</source>
        <translation>Bilgi gerekli</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>The fee is still open. The office starts once it is paid.</source>
        <translation>Ücret henüz ödenmedi. Daire, ödeme yapıldıktan sonra başlar.</translation>
    </message>
    <message numerus="yes">
        <source>The office will start checking your application soon; usually within %n working day(s).</source>
        <translation>
            <numerusform>Daire başvurunuzu yakında incelemeye başlayacak; bu genellikle %n iş günü içinde olur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office will start checking your application soon.</source>
        <translation>Daire başvurunuzu yakında incelemeye başlayacak.</translation>
    </message>
    <message numerus="yes">
        <source>The office is checking your application; this usually takes %n working day(s).</source>
        <translation>
            <numerusform>Daire başvurunuzu inceliyor; bu genellikle %n iş günü sürer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is checking your application.</source>
        <translation>Daire başvurunuzu inceliyor.</translation>
    </message>
    <message>
        <source>The office needs more information from you. Answer its message so it can continue.</source>
        <translation>Dairenin sizden ek bilgiye ihtiyacı var. Devam edebilmesi için mesajını yanıtlayın.</translation>
    </message>
    <message>
        <source>The office has paused your application and will tell you when it continues.</source>
        <translation>Daire başvurunuzu beklemeye aldı ve devam ettiğinde size bildirecek.</translation>
    </message>
    <message>
        <source>Your application was approved. The office is preparing your document.</source>
        <translation>Başvurunuz onaylandı. Daire belgenizi hazırlıyor.</translation>
    </message>
    <message>
        <source>Your application was rejected. The office&apos;s message explains why and how you can object.</source>
        <translation>Başvurunuz reddedildi. Dairenin mesajı nedenini ve nasıl itiraz edebileceğinizi açıklıyor.</translation>
    </message>
    <message>
        <source>Done. Any documents issued are attached to your application.</source>
        <translation>Tamamlandı. Düzenlenen belgeler başvurunuza eklenmiştir.</translation>
    </message>
    <message>
        <source>You withdrew this application. The office will not process it further.</source>
        <translation>Bu başvuruyu geri çektiniz. Daire başvuruyu daha fazla işlemeyecek.</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Ücret yok</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Henüz ödenmedi</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Ödeme yapılıyor</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Ödeme başarısız</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Ödeme iptal edildi</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Ödendi, kısmen iade edildi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
</context>
<context>
    <name>SubmissionResultPage</name>
    <message>
        <source>Your application</source>
        <translation>Başvurunuz</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Dosya numarası</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>To the &amp;start page</source>
        <translation>&amp;Başlangıç sayfasına</translation>
    </message>
    <message>
        <source>To the start page</source>
        <translation>Başlangıç sayfasına</translation>
    </message>
    <message>
        <source>&amp;My applications</source>
        <translation>&amp;Başvurularım</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Başvurularım</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Kararınızı bekliyor</translation>
    </message>
    <message>
        <source>Approved by you</source>
        <translation>Sizin tarafınızdan onaylandı</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Declined by you</source>
        <translation>Sizin tarafınızdan reddedildi</translation>
    </message>
    <message>
        <source>Expired without a decision</source>
        <translation>Karar verilmeden süresi doldu</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Onay geri çekildi</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s decision</source>
        <translation>Vatandaşın kararını bekliyor</translation>
    </message>
    <message>
        <source>Approved by the citizen</source>
        <translation>Vatandaş tarafından onaylandı</translation>
    </message>
    <message>
        <source>Declined by the citizen</source>
        <translation>Vatandaş tarafından reddedildi</translation>
    </message>
    <message>
        <source>Consent withdrawn by the citizen</source>
        <translation>Onay vatandaş tarafından geri çekildi</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>You sent %3 from %1 to %2</source>
        <extracomment>%1 sending office, %2 receiving office, %3 what</extracomment>
        <translation>Gönderdiniz: %3 (%1 → %2)</translation>
    </message>
    <message>
        <source>%1 asks %2 for %3</source>
        <extracomment>%1 receiving office (asks), %2 sending office, %3 what</extracomment>
        <translation>%1 şunu istiyor: %3 (kaynak: %2)</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The server address is not valid.</source>
        <translation>Sunucu adresi geçerli değil.</translation>
    </message>
    <message>
        <source>Check the server address in the settings.</source>
        <translation>Ayarlardaki sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The connection to the server would not be encrypted.</source>
        <translation>Sunucuyla bağlantı şifrelenmemiş olurdu.</translation>
    </message>
    <message>
        <source>Rathaus only connects to a city server over HTTPS. Ask your city for the correct address (it starts with https://).</source>
        <translation>Rathaus bir belediye sunucusuna yalnızca HTTPS üzerinden bağlanır. Doğru adresi belediyenize sorun (https:// ile başlar).</translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>The file cannot be read. Please choose another one.</source>
        <translation>Dosya okunamıyor. Lütfen başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>This file is not a %1 document. Please choose a %1 file.</source>
        <translation>Bu dosya bir %1 belgesi değil. Lütfen bir %1 dosyası seçin.</translation>
    </message>
    <message>
        <source>This file is a %1 document, but its name ends in “.%2”. Please rename it to end in “.%3” or choose another file.</source>
        <translation>Bu dosya bir %1 belgesi, ancak adı “.%2” ile bitiyor. Lütfen adını “.%3” ile bitecek şekilde değiştirin veya başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>A %1 document is not accepted here. Please choose a %2 file.</source>
        <translation>Burada %1 belgesi kabul edilmiyor. Lütfen bir %2 dosyası seçin.</translation>
    </message>
    <message>
        <source>The file is too large (%1). At most %2 are accepted.</source>
        <translation>Dosya çok büyük (%1). En fazla %2 kabul edilir.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::CaseListModel</name>
    <message>
        <source>nobody</source>
        <translation>kimse</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ben</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>bir meslektaş</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (süresi geçti)</translation>
    </message>
    <message>
        <source>The legal deadline has passed.</source>
        <translation>Yasal süre doldu.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Dosya numarası</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Vatandaş</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Click to sort by “%1”.</source>
        <translation>“%1” sütununa göre sıralamak için tıklayın.</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>en yeni önce</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>en eski önce</translation>
    </message>
    <message>
        <source>latest deadline first</source>
        <translation>en geç süre önce</translation>
    </message>
    <message>
        <source>earliest deadline first</source>
        <translation>en erken süre önce</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>azalan</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>artan</translation>
    </message>
    <message>
        <source>Sorted by “%1”, %2. Click to reverse.</source>
        <translation>“%1” sütununa göre sıralı, %2. Ters çevirmek için tıklayın.</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FeedbackListModel</name>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Öneri</translation>
    </message>
</context>
<context>
    <name>rathaus::client::FormFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation>Etiket (Almanca)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Etiket (İngilizce)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Help (German)</source>
        <translation>Yardım (Almanca)</translation>
    </message>
</context>
<context>
    <name>rathaus::client::ServiceCatalogueModel</name>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>İşlem süresi</translation>
    </message>
</context>
<context>
    <name>rathaus::client::StaffAccountsModel</name>
    <message>
        <source>all offices</source>
        <translation>tüm daireler</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Son oturum açma</translation>
    </message>
</context>
<context>
    <name>rathaus::client::UploadJob</name>
    <message>
        <source>The file could not be read any more. Please choose it again.</source>
        <translation>Dosya artık okunamadı. Lütfen yeniden seçin.</translation>
    </message>
    <message>
        <source>The city&apos;s server sent an answer that could not be read.</source>
        <translation>Belediyenin sunucusu okunamayan bir yanıt gönderdi.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AccessLogSection</name>
    <message>
        <source>All offices</source>
        <translation>Tüm daireler</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>read</source>
        <translation>okudu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirdi</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>iletti</translation>
    </message>
    <message>
        <source>received</source>
        <translation>aldı</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Tarih seçin…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>Kayıt yüklenemedi.</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Kayıtlar yükleniyor…</translation>
    </message>
    <message>
        <source>No entries: nobody has accessed your data.</source>
        <translation>Kayıt yok: verilerinize hiç kimse erişmedi.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Filtreye uyan kayıt yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries - all shown.</source>
        <translation>
            <numerusform>%n kayıt - tümü gösteriliyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown - scroll down for older ones.</source>
        <translation>
            <numerusform>%n kayıt gösteriliyor - daha eskiler için aşağı kaydırın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AdminHomePage</name>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationDetailPage</name>
    <message>
        <source>The application could not be loaded.</source>
        <translation>Başvuru yüklenemedi.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>%1 · filed on %2</source>
        <extracomment>Under the title of an application: &quot;LUN-2026-000123 · filed on 29.11.26 11:20&quot;</extracomment>
        <translation>%1 · %2 tarihinde yapıldı</translation>
    </message>
    <message>
        <source>Fee: %1 (%2)</source>
        <translation>Ücret: %1 (%2)</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Ücret: %1</translation>
    </message>
    <message>
        <source>Filed · %1</source>
        <extracomment>The first entry of an application&apos;s history, e.g. &quot;Filed · Fee open&quot;</extracomment>
        <translation>Yapıldı · %1</translation>
    </message>
    <message>
        <source>Withdraw the application?</source>
        <translation>Başvuru geri çekilsin mi?</translation>
    </message>
    <message>
        <source>Withdraw your application %1?</source>
        <translation>%1 numaralı başvurunuzu geri çekmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Geri çek</translation>
    </message>
    <message>
        <source>The office will not process it further. This cannot be undone; you can file a new application at any time.</source>
        <translation>Daire başvuruyu daha fazla işlemeyecek. Bu işlem geri alınamaz; istediğiniz zaman yeni bir başvuru yapabilirsiniz.</translation>
    </message>
    <message>
        <source>The application could not be withdrawn.</source>
        <translation>Başvuru geri çekilemedi.</translation>
    </message>
    <message>
        <source>Your application was withdrawn.</source>
        <translation>Başvurunuz geri çekildi.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationFormPage</name>
    <message>
        <source>Fee: %1</source>
        <translation>Ücret: %1</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Kontrol et ve gönder</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>Step indicator, e.g. &quot;Step 2 of 3: Vehicle&quot;</extracomment>
        <translation>Adım %1 / %2: %3</translation>
    </message>
    <message>
        <source>Sending your application…</source>
        <translation>Başvurunuz gönderiliyor…</translation>
    </message>
    <message>
        <source>&amp;Check answers &gt;</source>
        <translation>&amp;Yanıtları kontrol et &gt;</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <source>Check answers</source>
        <translation>Yanıtları kontrol et</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApplicationReview</name>
    <message>
        <source>Please check your answers. You can change them before you submit the application.</source>
        <translation>Lütfen yanıtlarınızı kontrol edin. Başvuruyu göndermeden önce bunları değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” düzenle</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Ücret: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ApproveDialog</name>
    <message>
        <source>Approve only some records</source>
        <translation>Yalnızca bazı kayıtları onayla</translation>
    </message>
    <message>
        <source>Choose what may be passed on. Only the records you tick are sent.</source>
        <translation>Nelerin iletilebileceğini seçin. Yalnızca işaretlediğiniz kayıtlar gönderilir.</translation>
    </message>
    <message>
        <source>Records that may be passed on</source>
        <translation>İletilebilecek kayıtlar</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Onayın bitiş tarihi</translation>
    </message>
    <message>
        <source>&amp;Approve the chosen</source>
        <translation>Seçilenleri &amp;onayla</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Ek</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Görüntü önizlemesi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Open it with the system&apos;s viewer.</source>
        <translation>Bu dosya burada gösterilemiyor. Sistemin görüntüleyicisiyle açın.</translation>
    </message>
    <message>
        <source>Open with the &amp;system viewer</source>
        <translation>&amp;Sistem görüntüleyicisiyle aç</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>The file could not be saved for the viewer.</source>
        <translation>Dosya görüntüleyici için kaydedilemedi.</translation>
    </message>
    <message>
        <source>No viewer for this kind of file was found on this computer.</source>
        <translation>Bu bilgisayarda bu tür dosyalar için bir görüntüleyici bulunamadı.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CaseActionDialog</name>
    <message>
        <source>Take the case</source>
        <translation>Dosyayı üstlen</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>İncelemeyi başlat</translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation>Vatandaşa sor</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Beklemeye al</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>İncelemeye devam et</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Belgeyi düzenle</translation>
    </message>
    <message>
        <source>Refund the fee</source>
        <translation>Ücreti iade et</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation>Dosyayı üstlendiniz.</translation>
    </message>
    <message>
        <source>Review started.</source>
        <translation>İnceleme başladı.</translation>
    </message>
    <message>
        <source>Your question was sent; the case waits for the answer.</source>
        <translation>Sorunuz gönderildi; dosya yanıtı bekliyor.</translation>
    </message>
    <message>
        <source>The case is on hold.</source>
        <translation>Dosya beklemede.</translation>
    </message>
    <message>
        <source>Review resumed.</source>
        <translation>İncelemeye devam edildi.</translation>
    </message>
    <message>
        <source>The application is approved. Issue the document to complete the case.</source>
        <translation>Başvuru onaylandı. Dosyayı tamamlamak için belgeyi düzenleyin.</translation>
    </message>
    <message>
        <source>The application is rejected; the citizen has been told why.</source>
        <translation>Başvuru reddedildi; vatandaşa nedeni bildirildi.</translation>
    </message>
    <message>
        <source>The document is signed and issued; the case is complete.</source>
        <translation>Belge imzalandı ve düzenlendi; dosya tamamlandı.</translation>
    </message>
    <message>
        <source>The refund has been made.</source>
        <translation>İade yapıldı.</translation>
    </message>
    <message>
        <source>The citizen receives your question and the case waits for the answer. Ask for exactly what is missing.</source>
        <translation>Vatandaş sorunuzu alır ve dosya yanıtı bekler. Tam olarak neyin eksik olduğunu sorun.</translation>
    </message>
    <message>
        <source>&amp;Question to the citizen</source>
        <translation>Vatandaşa &amp;soru</translation>
    </message>
    <message>
        <source>Send &amp;question</source>
        <translation>&amp;Soruyu gönder</translation>
    </message>
    <message>
        <source>The case pauses until the date you set. The citizen is told that it is on hold, with your reason.</source>
        <translation>Dosya, belirlediğiniz tarihe kadar bekler. Vatandaşa, dosyanın gerekçenizle birlikte beklemede olduğu bildirilir.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Gerekçe</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>&amp;Beklemeye al</translation>
    </message>
    <message>
        <source>The application is approved. Then issue the signed document to complete the case.</source>
        <translation>Başvuru onaylanır. Ardından dosyayı tamamlamak için imzalı belgeyi düzenleyin.</translation>
    </message>
    <message>
        <source>&amp;Note to the citizen (optional)</source>
        <translation>Vatandaşa &amp;not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>The application is rejected. The citizen receives your reason; state the legal grounds and how to object.</source>
        <translation>Başvuru reddedilir. Vatandaş gerekçenizi alır; yasal dayanağı ve nasıl itiraz edileceğini belirtin.</translation>
    </message>
    <message>
        <source>&amp;Reason for the rejection</source>
        <translation>Ret &amp;gerekçesi</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>The office signs the document with its key and the citizen receives it. The case is then completed. This cannot be undone.</source>
        <translation>Daire belgeyi kendi anahtarıyla imzalar ve vatandaş belgeyi alır. Dosya böylece tamamlanır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>&amp;Issue and complete</source>
        <translation>&amp;Düzenle ve tamamla</translation>
    </message>
    <message>
        <source>The amount goes back to the citizen&apos;s card. A refund cannot be undone.</source>
        <translation>Tutar vatandaşın kartına geri ödenir. Bir iade geri alınamaz.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;İade et</translation>
    </message>
    <message>
        <source>Please write your question.</source>
        <translation>Lütfen sorunuzu yazın.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Lütfen bir gerekçe belirtin.</translation>
    </message>
    <message>
        <source>Please choose a date in the future.</source>
        <translation>Lütfen gelecekte bir tarih seçin.</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>Lütfen bir tutar girin.</translation>
    </message>
    <message>
        <source>Your text is kept. Check the current state, then send it again.</source>
        <translation>Metniniz saklandı. Güncel durumu kontrol edin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>This step is no longer possible in the case&apos;s current state. Your text is kept so you can copy it.</source>
        <translation>Bu adım, dosyanın şu anki durumunda artık mümkün değil. Metniniz, kopyalayabilmeniz için saklandı.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Yeniden gönder</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CheckboxFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ChoiceFieldEditor</name>
    <message>
        <source>Please choose…</source>
        <translation>Lütfen seçin…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CockpitPage</name>
    <message>
        <source>My data</source>
        <translation>Verilerim</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Verilerimi kim gördü</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Talepler (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision</source>
        <translation>
            <numerusform>%n talep kararınızı bekliyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CorrectionDialog</name>
    <message>
        <source>Ask for a correction</source>
        <translation>Düzeltme isteyin</translation>
    </message>
    <message>
        <source>What is wrong in “%1”? Describe what should be corrected; the office that holds the record will answer you.</source>
        <translation>“%1” kaydında yanlış olan nedir? Neyin düzeltilmesi gerektiğini açıklayın; kaydı tutan daire size yanıt verecektir.</translation>
    </message>
    <message>
        <source>What should be corrected</source>
        <translation>Neyin düzeltilmesi gerektiği</translation>
    </message>
    <message>
        <source>For example: my name is spelled with ä, not ae.</source>
        <translation>Örneğin: adım ae ile değil, ä ile yazılır.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>Asking for a correction online is not available yet at your city. Your text is kept here: copy it, or try again later.</source>
        <translation>Çevrimiçi düzeltme isteme, belediyenizde henüz kullanılamıyor. Metniniz burada saklandı: kopyalayın veya daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Metniniz saklandı.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s). Everything you entered here is then deleted from this kiosk. Touch the screen to continue.</source>
        <translation>
            <numerusform>Oturumunuz %n saniye içinde kapatılacak. Burada girdiğiniz her şey bu kiosktan silinecek. Devam etmek için ekrana dokunun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Şimdi oturumu kapat</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::CreateStaffDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>Hesap &amp;oluştur</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Yeni personel hesabı</translation>
    </message>
    <message>
        <source>The new colleague signs in with this username and password, and with an authenticator app: its secret is shown once, right after the account is created.</source>
        <translation>Yeni meslektaş bu kullanıcı adı ve şifreyle ve bir kimlik doğrulama uygulamasıyla oturum açar: uygulamanın gizli anahtarı, hesap oluşturulduktan hemen sonra bir kez gösterilir.</translation>
    </message>
    <message>
        <source>e.g. sb.steueramt2</source>
        <translation>örn. sb.steueramt2</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <source>as colleagues and citizens see it</source>
        <translation>meslektaşların ve vatandaşların gördüğü şekliyle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Bir daire seçin</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Daire</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>en az 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Şi&amp;fre</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Şifreyi &amp;tekrarlayın</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>Administrators belong to no office.</source>
        <translation>Yöneticiler hiçbir daireye bağlı değildir.</translation>
    </message>
    <message>
        <source>3 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>3 ile 64 karakter: a-z harfleri, rakamlar, &apos;.&apos;, &apos;_&apos; ve &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Lütfen adı girin.</translation>
    </message>
    <message>
        <source>Caseworkers and heads of office belong to an office.</source>
        <translation>Memurlar ve daire amirleri bir daireye bağlıdır.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>En az %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Şifreler farklı.</translation>
    </message>
    <message>
        <source>This username is taken. Please choose another.</source>
        <translation>Bu kullanıcı adı alınmış. Lütfen başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Please enter the name (at most 200 characters).</source>
        <translation>Lütfen adı girin (en fazla 200 karakter).</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>Lütfen bir rol seçin.</translation>
    </message>
    <message>
        <source>Please choose an office of the city.</source>
        <translation>Lütfen belediyenin bir dairesini seçin.</translation>
    </message>
    <message>
        <source>At least 8 characters, and not one of the most common passwords.</source>
        <translation>En az 8 karakter ve en yaygın şifrelerden biri olmamalı.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Oluşturuluyor…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DateFieldEditor</name>
    <message>
        <source>not chosen</source>
        <translation>seçilmedi</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::DocumentPanel</name>
    <message>
        <source>Signature valid – issued by the %1 on %2.</source>
        <extracomment>%1 the office (&quot;Straßenverkehrsamt&quot;), %2 the date</extracomment>
        <translation>İmza geçerli – %1 tarafından %2 tarihinde düzenlendi.</translation>
    </message>
    <message>
        <source>Warning: this document names an office the city does not know. Its signature cannot be checked; do not rely on it.</source>
        <translation>Uyarı: Bu belge, belediyenin tanımadığı bir daireyi belirtiyor. İmzası denetlenemez; bu belgeye güvenmeyin.</translation>
    </message>
    <message>
        <source>Warning: the signature does not match. This document was changed or was not issued by the %1. Do not rely on it and contact the office.</source>
        <translation>Uyarı: İmza uyuşmuyor. Bu belge değiştirilmiş veya %1 tarafından düzenlenmemiş. Belgeye güvenmeyin ve daireyle iletişime geçin.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Belgeleriniz</translation>
    </message>
    <message>
        <source>Checking the documents&apos; signatures…</source>
        <translation>Belgelerin imzaları denetleniyor…</translation>
    </message>
    <message>
        <source>%1 · No. %2</source>
        <translation>%1 · No. %2</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>İmza denetimi</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>“%1” belgesini PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>“%1” belgesini yazdır</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ExportSection</name>
    <message>
        <source>Fetching everything the city holds about you…</source>
        <translation>Belediyenin sizinle ilgili tuttuğu her şey getiriliyor…</translation>
    </message>
    <message>
        <source>Exporting everything as a file is not available yet at your city. The PDF report already works.</source>
        <translation>Her şeyi dosya olarak dışa aktarma, belediyenizde henüz kullanılamıyor. PDF raporu zaten çalışıyor.</translation>
    </message>
    <message>
        <source>Save all my data</source>
        <translation>Tüm verilerimi kaydet</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder.</source>
        <translation>Dosya kaydedilemedi. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>Collecting the access log for the report…</source>
        <translation>Rapor için erişim kaydı toplanıyor…</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Rapor oluşturulamadı.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Take your data with you: a PDF report to read and print, or everything the city holds about you as a file (JSON) for other programs.</source>
        <translation>Verilerinizi yanınıza alın: okumak ve yazdırmak için bir PDF raporu veya belediyenin sizinle ilgili tuttuğu her şeyi diğer programlar için bir dosya (JSON) olarak.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF report…</source>
        <translation>&amp;PDF raporu olarak kaydet…</translation>
    </message>
    <message>
        <source>Export &amp;everything (JSON)…</source>
        <translation>&amp;Her şeyi dışa aktar (JSON)…</translation>
    </message>
    <message>
        <source>My data at the city</source>
        <translation>Belediyedeki verilerim</translation>
    </message>
    <message>
        <source>&amp;Print a report…</source>
        <translation>Rapor &amp;yazdır…</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FeedbackDialog</name>
    <message>
        <source>&amp;Send suggestion</source>
        <translation>Öneriyi &amp;gönder</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Thank you! Your suggestion has been received. The team reads every suggestion; you will not get a personal answer.</source>
        <translation>Teşekkürler! Öneriniz alındı. Ekip her öneriyi okur; kişisel bir yanıt almayacaksınız.</translation>
    </message>
    <message>
        <source>Your suggestion was not sent. %1</source>
        <translation>Öneriniz gönderilmedi. %1</translation>
    </message>
    <message>
        <source>About: the city&apos;s online services in general</source>
        <translation>Konu: belediyenin çevrimiçi hizmetleri genel olarak</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>Lütfen en az %1 karakter yazın.</translation>
    </message>
    <message>
        <source>%1 characters: please shorten it to at most %2.</source>
        <translation>%1 karakter: lütfen en fazla %2 karaktere kısaltın.</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>En fazla %2 karakterden %1 karakter</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::FileFieldEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Dosyayı kaldır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Yüklemeyi iptal et</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Send the file again</source>
        <translation>Dosyayı yeniden gönder</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Yükleme ilerlemesi</translation>
    </message>
    <message>
        <source>Accepted documents (%1)</source>
        <translation>Kabul edilen belgeler (%1)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Bir belge seçin</translation>
    </message>
    <message>
        <source>Files cannot be sent right now. Please sign in again.</source>
        <translation>Dosyalar şu anda gönderilemiyor. Lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Dosya seçilmedi</translation>
    </message>
    <message>
        <source>%1 – uploaded</source>
        <translation>%1 – yüklendi</translation>
    </message>
    <message>
        <source>%1 – waiting to be sent…</source>
        <translation>%1 – gönderilmeyi bekliyor…</translation>
    </message>
    <message>
        <source>%1 – sending…</source>
        <translation>%1 – gönderiliyor…</translation>
    </message>
    <message>
        <source>%1 – upload cancelled</source>
        <translation>%1 – yükleme iptal edildi</translation>
    </message>
    <message>
        <source>%1 – not sent</source>
        <translation>%1 – gönderilmedi</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Başka dosya seç…</translation>
    </message>
    <message>
        <source>The file could not be sent: %1</source>
        <translation>Dosya gönderilemedi: %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::HomePage</name>
    <message>
        <source>Cannot be read</source>
        <translation>Okunamıyor</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <extracomment>Progress of a draft, e.g. &quot;50 % done&quot;</extracomment>
        <translation>%%1 tamamlandı</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Taslak silinsin mi?</translation>
    </message>
    <message>
        <source>Discard your unfinished application “%1”?</source>
        <translation>Tamamlanmamış başvurunuz “%1” silinsin mi?</translation>
    </message>
    <message>
        <source>What you entered is deleted from this computer. This cannot be undone.</source>
        <translation>Girdiğiniz bilgiler bu bilgisayardan silinir. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Loading the services of your city…</source>
        <translation>Belediyenizin hizmetleri yükleniyor…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>Hizmetler yüklenemedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n hizmet</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches your search. Try another word.</source>
        <translation>Aramanıza uyan hizmet yok. Başka bir kelime deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services match your search.</source>
        <translation>
            <numerusform>%1 hizmetten %n tanesi aramanıza uyuyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n başvuru gönderilmeyi bekliyor. Belediyenin sunucusuna ulaşılabildiği anda kendiliğinden gönderilirler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>İyi günler</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>İyi günler, %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LineFieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>ad@example.org</translation>
    </message>
    <message>
        <source>e.g. 04131 123456</source>
        <translation>örn. 04131 123456</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>örn. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>e.g. LG-AB 123</source>
        <translation>örn. LG-AB 123</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::LoginPage</name>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Starting the demo city…</source>
        <translation>Demo belediye başlatılıyor…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 sunucusuna bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected to the demo city on this computer.</source>
        <translation>Bu bilgisayardaki demo belediyeye bağlanıldı.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 sunucusuna bağlanıldı.</translation>
    </message>
    <message>
        <source>The demo city could not be started.</source>
        <translation>Demo belediye başlatılamadı.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at the moment.</source>
        <translation>%1 şu anda ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation>Lütfen kullanıcı adınızı girin.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Lütfen şifrenizi girin.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit code from your authenticator app.</source>
        <translation>Lütfen kimlik doğrulama uygulamanızdaki 6 haneli kodu girin.</translation>
    </message>
    <message>
        <source>The username or the password is not correct. Please check your entry and try again.</source>
        <translation>Kullanıcı adı veya şifre doğru değil. Lütfen girişinizi kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed. Please check your password and enter the current code from your authenticator app.</source>
        <translation>Oturum açılamadı. Lütfen şifrenizi kontrol edin ve kimlik doğrulama uygulamanızdaki güncel kodu girin.</translation>
    </message>
    <message>
        <source>This account has been disabled. Please contact your administrator.</source>
        <translation>Bu hesap devre dışı bırakıldı. Lütfen yöneticinize başvurun.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait a few minutes and try again.</source>
        <translation>Çok fazla oturum açma denemesi. Lütfen birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Staff accounts cannot sign in at this kiosk: it is for citizens. Please use Rathaus on your office computer.</source>
        <translation>Personel hesapları bu kioskta oturum açamaz: kiosk vatandaşlar içindir. Lütfen Rathaus&apos;u iş bilgisayarınızda kullanın.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MainWindow</name>
    <message>
        <source>Demo city</source>
        <translation>Demo belediye</translation>
    </message>
    <message>
        <source>Your application was sent: %1</source>
        <extracomment>A submission that waited in the outbox has gone out</extracomment>
        <translation>Başvurunuz gönderildi: %1</translation>
    </message>
    <message>
        <source>An application that waited to be sent was refused by the city&apos;s server. Open it from your unfinished applications to see why.</source>
        <translation>Gönderilmeyi bekleyen bir başvuru belediyenin sunucusu tarafından reddedildi. Nedenini görmek için tamamlanmamış başvurularınızdan açın.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Taslak silindi.</translation>
    </message>
    <message>
        <source>Rathaus – Demo city</source>
        <translation>Rathaus – Demo belediye</translation>
    </message>
    <message>
        <source>Rathaus</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Rathaus · Demo city</source>
        <translation>Rathaus · Demo belediye</translation>
    </message>
    <message>
        <source>My &amp;data (%1)</source>
        <translation>&amp;Verilerim (%1)</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>&amp;Verilerim</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to pass on your data wait for your decision</source>
        <translation>
            <numerusform>Verilerinizin iletilmesi için %n talep kararınızı bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>What the city knows about you, and who has seen it</source>
        <translation>Belediyenin sizin hakkınızda bildikleri ve bunları kimin gördüğü</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use, so your sign-in is kept only while Rathaus is open. The next time you start Rathaus, please sign in again.</source>
        <translation>Bu bilgisayarda Rathaus&apos;un kullanabileceği bir anahtarlık yok; bu nedenle oturumunuz yalnızca Rathaus açıkken korunur. Rathaus&apos;u bir sonraki başlatışınızda lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Without a keychain, unfinished applications cannot be kept safely either: they are kept only until Rathaus is closed. Submit them before you quit.</source>
        <translation>Anahtarlık olmadan tamamlanmamış başvurular da güvenle saklanamaz: yalnızca Rathaus kapatılana kadar saklanırlar. Çıkmadan önce gönderin.</translation>
    </message>
    <message>
        <source>This computer has no keychain that Rathaus can use.</source>
        <translation>Bu bilgisayarda Rathaus&apos;un kullanabileceği bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Oturumunuz sona erdi. Lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>your application</source>
        <translation>başvurunuz</translation>
    </message>
    <message>
        <source>New message from the office about %1</source>
        <translation>%1 hakkında daireden yeni mesaj</translation>
    </message>
    <message>
        <source>New message from %1 about %2</source>
        <translation>%1 kurumundan yeni mesaj: %2</translation>
    </message>
    <message>
        <source>The office has a question about %1</source>
        <translation>Dairenin %1 hakkında bir sorusu var</translation>
    </message>
    <message>
        <source>The status of %1 changed</source>
        <translation>%1 durumu değişti</translation>
    </message>
    <message>
        <source>New status of %1: %2</source>
        <extracomment>%1 the reference, %2 the new status in words (&quot;Approved&quot;)</extracomment>
        <translation>%1 için yeni durum: %2</translation>
    </message>
    <message>
        <source>A document was issued for %1</source>
        <translation>%1 için bir belge düzenlendi</translation>
    </message>
    <message>
        <source>An office asks to receive your data. See &quot;My data&quot;.</source>
        <translation>Bir daire verilerinizi almak istiyor. &quot;Verilerim&quot; bölümüne bakın.</translation>
    </message>
    <message>
        <source>%1 asks to receive your data from %2 for %3. Please decide in &quot;My data&quot;.</source>
        <translation>%1, verilerinizi %2 kurumundan almak istiyor (%3). Lütfen &quot;Verilerim&quot; bölümünde karar verin.</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>Belediye yönetimi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MessagesPanel</name>
    <message>
        <source>Attach a file (optional)</source>
        <translation>Dosya ekle (isteğe bağlı)</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>Dosya alınamadı: %1</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>Dosya %1 konumuna kaydedilemedi.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Question from the office · %1</source>
        <translation>Daireden soru · %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Ek: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Mesajlar yükleniyor…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>A file in the thread: name, size · who sent it (&quot;You&quot; or the office)</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 kaydet</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Dosyayı kaydet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>The office has a question about this application. Please answer below.</source>
        <translation>Dairenin bu başvuru hakkında bir sorusu var. Lütfen aşağıda yanıtlayın.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Henüz mesaj yok</translation>
    </message>
    <message>
        <source>Your message to the office</source>
        <translation>Daireye mesajınız</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Files in this conversation</source>
        <translation>Bu yazışmadaki dosyalar</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::MyApplicationsPage</name>
    <message>
        <source>Loading your applications…</source>
        <translation>Başvurularınız yükleniyor…</translation>
    </message>
    <message>
        <source>Your applications could not be loaded.</source>
        <translation>Başvurularınız yüklenemedi.</translation>
    </message>
    <message>
        <source>You have not filed an application yet.</source>
        <translation>Henüz bir başvuru yapmadınız.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n başvuru gösteriliyor; kaydırdıkça daha fazlası yüklenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n başvuru</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The selected application&apos;s status and what happens next</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent. They go out by themselves as soon as the city&apos;s server can be reached.</source>
        <translation>
            <numerusform>%n başvuru gönderilmeyi bekliyor. Belediyenin sunucusuna ulaşılabildiği anda kendiliğinden gönderilirler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PaymentPanel</name>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>Makbuz %1.pdf</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Ödeme makbuzu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Ödendi, kısmen iade edildi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Ödeme yapılıyor</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Kartın süresi dolmuş</translation>
    </message>
    <message>
        <source>Error at the payment provider</source>
        <translation>Ödeme hizmeti sağlayıcısında hata</translation>
    </message>
    <message>
        <source>No answer from the payment provider</source>
        <translation>Ödeme hizmeti sağlayıcısından yanıt yok</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Ödenmedi</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Ödeme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Waiting for the payment provider…</source>
        <translation>Ödeme hizmeti sağlayıcısı bekleniyor…</translation>
    </message>
    <message>
        <source>The payment page has opened in your browser. Complete the payment there; this page shows the result as soon as it arrives.</source>
        <translation>Ödeme sayfası tarayıcınızda açıldı. Ödemeyi orada tamamlayın; bu sayfa, sonuç gelir gelmez gösterir.</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>Ödeme başlatılamadı.</translation>
    </message>
    <message>
        <source>Thank you. Your application has been passed on to the office.</source>
        <translation>Teşekkürler. Başvurunuz daireye iletildi.</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Henüz ödenmedi</translation>
    </message>
    <message>
        <source>Your application will be passed on to the office once the fee is paid. You pay on the payment provider&apos;s page in your browser.</source>
        <translation>Başvurunuz, ücret ödendikten sonra daireye iletilir. Ödemeyi tarayıcınızda ödeme hizmeti sağlayıcısının sayfasında yaparsınız.</translation>
    </message>
    <message>
        <source>Pay &amp;again</source>
        <translation>&amp;Yeniden öde</translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation>Şimdi &amp;öde</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Ödeme sayfasını yeniden aç</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Durumu şimdi kontrol et</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>Makbuzu &amp;kaydet…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Makbuzu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>Makbuzu &amp;yazdır…</translation>
    </message>
    <message>
        <source>Pay the fee on the payment provider&apos;s page</source>
        <translation>Ücreti ödeme hizmeti sağlayıcısının sayfasında ödeyin</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address of the payment page below and open it in a browser to pay; this page shows the result as soon as it arrives.</source>
        <translation>Tarayıcınız açılamadı. Ödeme yapmak için aşağıdaki ödeme sayfası adresini kopyalayıp bir tarayıcıda açın; sonuç gelir gelmez bu sayfada gösterilir.</translation>
    </message>
    <message>
        <source>Complete the payment on the payment provider&apos;s page (address below); this page shows the result as soon as it arrives.</source>
        <translation>Ödemeyi ödeme hizmeti sağlayıcısının sayfasında tamamlayın (adres aşağıda); sonuç gelir gelmez bu sayfada gösterilir.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Bağlantı kopyalandı</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Bağlantıyı kopyala</translation>
    </message>
    <message>
        <source>Address of the payment page</source>
        <translation>Ödeme sayfasının adresi</translation>
    </message>
    <message>
        <source>Copy the address of the payment page</source>
        <translation>Ödeme sayfasının adresini kopyala</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::PostalAddressFieldEditor</name>
    <message>
        <source>Street and house number</source>
        <translation>Sokak ve kapı numarası</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RecordsSection</name>
    <message>
        <source>What the offices hold about you</source>
        <translation>Dairelerin sizinle ilgili tuttuğu bilgiler</translation>
    </message>
    <message>
        <source>What the offices of your city hold about you, and why they may hold it. If something is wrong, ask the office to correct it.</source>
        <translation>Belediyenizin dairelerinin sizinle ilgili tuttuğu bilgiler ve bunları neden tutabilecekleri. Bir şey yanlışsa daireden düzeltmesini isteyin.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Loading your data…</source>
        <translation>Verileriniz yükleniyor…</translation>
    </message>
    <message>
        <source>Your data could not be loaded.</source>
        <translation>Verileriniz yüklenemedi.</translation>
    </message>
    <message>
        <source>The offices of your city hold no records about you.</source>
        <translation>Belediyenizin daireleri sizinle ilgili hiçbir kayıt tutmuyor.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%2 bünyesinde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n daire</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a &amp;correction…</source>
        <translation>&amp;Düzeltme isteyin…</translation>
    </message>
    <message>
        <source>Ask %1 to correct “%2”</source>
        <translation>Düzeltme isteyin: “%2” (%1)</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Saklanma: %1</translation>
    </message>
    <message>
        <source>Your request for a correction was sent. The office will answer you.</source>
        <translation>Düzeltme talebiniz gönderildi. Daire size yanıt verecektir.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::RequestsSection</name>
    <message>
        <source>Who asks</source>
        <translation>Kim istiyor</translation>
    </message>
    <message>
        <source>Who would send</source>
        <translation>Kim gönderecek</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Yasal dayanak</translation>
    </message>
    <message>
        <source>For application</source>
        <translation>Başvuru için</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Talep tarihi</translation>
    </message>
    <message>
        <source>Answer until</source>
        <translation>Yanıt için son tarih</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>Approve &amp;only some…</source>
        <translation>&amp;Yalnızca bazılarını onayla…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 application reference (LUN-2026-000123), %2 service (Elterngeld)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <source>Offices may ask to receive data another office already holds about you, so you need not bring papers. Nothing is passed on without your approval, and you can withdraw it later.</source>
        <translation>Daireler, başka bir dairenin sizinle ilgili zaten tuttuğu verileri almak isteyebilir; böylece belge getirmeniz gerekmez. Onayınız olmadan hiçbir şey iletilmez ve onayınızı daha sonra geri çekebilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Send my data…</source>
        <translation>Verilerimi &amp;gönder…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Kararınızı bekliyor</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>Tüm aktarımlar</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Onayı &amp;geri çek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Aktarım</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>Talepler yükleniyor…</translation>
    </message>
    <message>
        <source>Requests and transfers are not available yet at your city. Once they are, you will find here what offices ask for and decide about it.</source>
        <translation>Talepler ve aktarımlar belediyenizde henüz kullanılamıyor. Kullanılabilir olduğunda, dairelerin ne istediğini burada bulacak ve buna karar vereceksiniz.</translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>Talepler yüklenemedi.</translation>
    </message>
    <message>
        <source>for application %1</source>
        <translation>%1 numaralı başvuru için</translation>
    </message>
    <message>
        <source>No office is waiting for your decision.</source>
        <translation>Kararınızı bekleyen daire yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your decision.</source>
        <translation>
            <numerusform>%n talep kararınızı bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the data will be passed on.</source>
        <translation>Onaylandı: veriler iletilecek.</translation>
    </message>
    <message>
        <source>Declined: nothing is passed on.</source>
        <translation>Reddedildi: hiçbir şey iletilmez.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Onay geri çekilsin mi?</translation>
    </message>
    <message>
        <source>%1 will have to delete its copy of your data (from %2).</source>
        <translation>%1, verilerinizin kopyasını (%2 kaynaklı) silmek zorunda kalacak.</translation>
    </message>
    <message>
        <source>If your application still needs the data, the office may ask you again or ask for a paper certificate. The withdrawal is recorded in &quot;Who has seen my data&quot;.</source>
        <translation>Başvurunuzun hâlâ bu verilere ihtiyacı varsa daire size yeniden sorabilir veya kâğıt bir belge isteyebilir. Geri çekme işlemi &quot;Verilerimi kim gördü&quot; bölümüne kaydedilir.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the receiving office must delete its copy.</source>
        <translation>Onay geri çekildi: verileri alan daire kopyasını silmek zorundadır.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SendDataWizard</name>
    <message>
        <source>Send my data</source>
        <translation>Verilerimi gönder</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>What do you want to send?</source>
        <translation>Ne göndermek istiyorsunuz?</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Gönderilecek kayıtlar</translation>
    </message>
    <message>
        <source>From the office</source>
        <translation>Gönderen daire</translation>
    </message>
    <message>
        <source>&amp;From the office</source>
        <translation>&amp;Gönderen daire</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Kayıtlar</translation>
    </message>
    <message>
        <source>To which office, and why?</source>
        <translation>Hangi daireye ve neden?</translation>
    </message>
    <message>
        <source>For example: my application for parental benefit</source>
        <translation>Örneğin: ebeveyn parası başvurum</translation>
    </message>
    <message>
        <source>LUN-2026-000123</source>
        <translation>LUN-2026-000123</translation>
    </message>
    <message>
        <source>To the office</source>
        <translation>Alıcı daire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Application (optional)</source>
        <translation>Başvuru (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;To the office</source>
        <translation>&amp;Alıcı daire</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>A&amp;maç</translation>
    </message>
    <message>
        <source>&amp;Application (optional)</source>
        <translation>&amp;Başvuru (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Please check and send</source>
        <translation>Lütfen kontrol edip gönderin</translation>
    </message>
    <message>
        <source>The receiving office gets a copy of exactly these records. You can withdraw your consent later under Requests; the office must then delete its copy.</source>
        <translation>Alıcı daire tam olarak bu kayıtların bir kopyasını alır. Onayınızı daha sonra Talepler bölümünde geri çekebilirsiniz; daire bu durumda kopyasını silmek zorundadır.</translation>
    </message>
    <message>
        <source>Please tick at least one record.</source>
        <translation>Lütfen en az bir kaydı işaretleyin.</translation>
    </message>
    <message>
        <source>Please choose another office than the sending one.</source>
        <translation>Lütfen gönderen daireden farklı bir daire seçin.</translation>
    </message>
    <message>
        <source>Please say what the data is for.</source>
        <translation>Lütfen verilerin ne için olduğunu belirtin.</translation>
    </message>
    <message>
        <source>%1 sends %2 to %3.
Purpose: %4</source>
        <translation>Gönderen: %1
Kayıtlar: %2
Alıcı: %3
Amaç: %4</translation>
    </message>
    <message>
        <source>Sending data between offices is not available yet at your city. Nothing was sent.</source>
        <translation>Daireler arasında veri gönderme belediyenizde henüz kullanılamıyor. Hiçbir şey gönderilmedi.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceDetailPage</name>
    <message>
        <source>Loading the details…</source>
        <translation>Ayrıntılar yükleniyor…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>Ayrıntılar yüklenemedi.</translation>
    </message>
    <message>
        <source>Nothing beyond your account.</source>
        <translation>Hesabınız dışında bir şey gerekmez.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>belirtilmemiş</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::ServiceEditorPage</name>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Yeni hizmet</translation>
    </message>
    <message>
        <source>Someone else changed this service meanwhile. Your text is still here: take over their version number and save again to replace their change with yours, or discard your changes and load theirs.</source>
        <translation>Bu hizmet bu arada başka biri tarafından değiştirildi. Metniniz hâlâ burada: onların değişikliğini sizinkiyle değiştirmek için sürüm numarasını devralıp yeniden kaydedin veya değişikliklerinizi silip onların sürümünü yükleyin.</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Metnimi koru</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Başlık (Almanca)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Başlık (İngilizce)</translation>
    </message>
    <message>
        <source>Summary (German)</source>
        <translation>Özet (Almanca)</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>Özet (İngilizce)</translation>
    </message>
    <message>
        <source>Description (German)</source>
        <translation>Açıklama (Almanca)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Açıklama (İngilizce)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Yasal dayanak</translation>
    </message>
    <message>
        <source>Office (id)</source>
        <translation>Daire (kimlik)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>İşlem süresi</translation>
    </message>
    <message>
        <source>Basic (password)</source>
        <translation>Temel (şifre)</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Önemli</translation>
    </message>
    <message>
        <source>High (eID)</source>
        <translation>Yüksek (eID)</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>Gereken oturum açma</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Temel ücret</translation>
    </message>
    <message>
        <source>Texts and fee</source>
        <translation>Metinler ve ücret</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Form alanları</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Alanı kaldır</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Options, bounds, conditions (visible_if) and step titles are edited in the Schema (JSON) tab.</source>
        <translation>Seçenekler, sınırlar, koşullar (visible_if) ve adım başlıkları Şema (JSON) sekmesinde düzenlenir.</translation>
    </message>
    <message>
        <source>The service as JSON</source>
        <translation>JSON olarak hizmet</translation>
    </message>
    <message>
        <source>Schema (JSON)</source>
        <translation>Şema (JSON)</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Hatalar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Değişiklikleri at</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>A fixed fee. Fees per unit or per chosen option are set in the Schema (JSON) tab.</source>
        <translation>Sabit bir ücret. Birim başına veya seçilen seçeneğe göre ücretler Şema (JSON) sekmesinde belirlenir.</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n rule(s) per unit or per chosen option; edit them in the Schema (JSON) tab.</source>
        <translation>
            <numerusform>Artı birim başına veya seçilen seçeneğe göre %n kural; bunları Şema (JSON) sekmesinde düzenleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON cannot be read (at character %1): %2</source>
        <translation>JSON okunamıyor (%1. karakterde): %2</translation>
    </message>
    <message>
        <source>Not saved: someone else saved a newer version.</source>
        <translation>Kaydedilmedi: başka biri daha yeni bir sürüm kaydetti.</translation>
    </message>
    <message>
        <source>Saved. Citizens see the change the next time they open the service.</source>
        <translation>Kaydedildi. Vatandaşlar değişikliği hizmeti bir sonraki açışlarında görür.</translation>
    </message>
    <message>
        <source>Your text is kept on top of the newer version %1. Save to replace the other change with yours.</source>
        <translation>Metniniz daha yeni olan %1 sürümünün üzerinde korunuyor. Diğer değişikliği sizinkiyle değiştirmek için kaydedin.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>A new service: give it an id, texts, a fee and form fields, then save.</source>
        <translation>Yeni bir hizmet: bir kimlik, metinler, bir ücret ve form alanları verin, ardından kaydedin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mistake in the service: &quot;where: what&quot;, e.g. &quot;Step 1, field 2 (type): Unknown type.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n mistake(s) to correct (marked in red).</source>
        <translation>
            <numerusform>Kaydedilmedi: düzeltilmesi gereken %n hata var (kırmızıyla işaretli).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1, field %2</source>
        <translation>Adım %1, alan %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Adım %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffAccountsPage</name>
    <message>
        <source>The account %1 was created.</source>
        <translation>%1 hesabı oluşturuldu.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Hesabı etkinleştir</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again with its password and authenticator.</source>
        <translation>%1 (%2) hesabı etkinleştirilsin mi? Hesap, şifresi ve kimlik doğrulayıcısıyla yeniden oturum açabilir.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Etkinleştir</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Hesabı devre dışı bırak</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It is signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation>%1 (%2) hesabı devre dışı bırakılsın mı? Hesabın tüm oturumları hemen kapatılır ve yeniden etkinleştirilene kadar oturum açamaz.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Devre dışı bırak</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its sessions have ended.</source>
        <translation>%1 hesabı devre dışı; oturumları sona erdi.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>%1 hesabı yeniden etkin.</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Kimlik doğrulayıcıyı sıfırla</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new authenticator secret? Codes from the old one stop working at once; the new secret is shown only this once.</source>
        <translation>%1 (%2) için yeni bir kimlik doğrulayıcı gizli anahtarı verilsin mi? Eskisinden gelen kodlar hemen çalışmaz hale gelir; yeni gizli anahtar yalnızca bu kez gösterilir.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Sıfırla</translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset.</source>
        <translation>%1 kullanıcısının kimlik doğrulayıcısı sıfırlandı.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>&amp;Etkinleştir…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Devre dışı bırak…</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Kendi hesabınızı devre dışı bırakamazsınız.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Hesaplar yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n hesap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n devre dışı</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation>Hesaplar yüklenemedi. %1</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Personel hesapları</translation>
    </message>
    <message>
        <source>Caseworkers, heads of office and administrators. Every account signs in with its password and an authenticator app.</source>
        <translation>Memurlar, daire amirleri ve yöneticiler. Her hesap, şifresi ve bir kimlik doğrulama uygulamasıyla oturum açar.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Yeni hesap…</translation>
    </message>
    <message>
        <source>Reset &amp;authenticator…</source>
        <translation>Kimlik &amp;doğrulayıcıyı sıfırla…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffCasePage</name>
    <message>
        <source>The case could not be loaded. %1</source>
        <translation>Dosya yüklenemedi. %1</translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation>Not eklendi.</translation>
    </message>
    <message>
        <source>The message was sent to the citizen.</source>
        <translation>Mesaj vatandaşa gönderildi.</translation>
    </message>
    <message>
        <source>The request was sent. The citizen decides whether the record is passed on.</source>
        <translation>Talep gönderildi. Kaydın iletilip iletilmeyeceğine vatandaş karar verir.</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Dosya yükleniyor…</translation>
    </message>
    <message>
        <source>Citizen unknown</source>
        <translation>Vatandaş bilinmiyor</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>alınma: %1</translation>
    </message>
    <message>
        <source>deadline %1 (overdue)</source>
        <translation>son tarih %1 (süresi geçti)</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>son tarih %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>kimse</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ben</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>bir meslektaş</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>Atanan: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <source>Show file %1</source>
        <translation>%1 dosyasını göster</translation>
    </message>
    <message>
        <source>Show file %1 of “%2”</source>
        <translation>“%2” içindeki %1 dosyasını göster</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Düzenlenen belgeler</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>Henüz belge düzenlenmedi.</translation>
    </message>
    <message>
        <source>%1, serial number %2, issued %3</source>
        <translation>%1, seri numarası %2, düzenlenme %3</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>vatandaş</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>daire</translation>
    </message>
    <message>
        <source>the payment provider</source>
        <translation>ödeme hizmeti sağlayıcısı</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>received as “%1”</source>
        <translation>“%1” olarak alındı</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 tarafından</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Bitiş: %1</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>daire</translation>
    </message>
    <message>
        <source>No internal notes yet.</source>
        <translation>Henüz dahili not yok.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Vatandaş</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Daire</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Henüz mesaj yok.</translation>
    </message>
    <message>
        <source>The message thread is not available on this server.</source>
        <translation>Mesajlaşma bu sunucuda kullanılamıyor.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>Bu hizmetin ücreti yok.</translation>
    </message>
    <message>
        <source>Fee %1; no payment has been started.</source>
        <translation>Ücret %1; henüz ödeme başlatılmadı.</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>Ücret %1: %2</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>İade edildi: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>Payment number: %1</source>
        <translation>Ödeme numarası: %1</translation>
    </message>
    <message>
        <source>Data transfers are not available on this server yet.</source>
        <translation>Veri aktarımları bu sunucuda henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>No records were requested for this case.</source>
        <translation>Bu dosya için kayıt istenmedi.</translation>
    </message>
    <message>
        <source>Records: %1; purpose: %2</source>
        <translation>Kayıtlar: %1; amaç: %2</translation>
    </message>
    <message>
        <source>Delivered: the record is part of this case.</source>
        <translation>Teslim edildi: kayıt bu dosyanın bir parçası.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>İstenme tarihi %1</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s answer.</source>
        <translation>Vatandaşın yanıtı bekleniyor.</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>Bu durumda hiçbir işlem mümkün değil.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1 (%2). The current state is shown.</source>
        <translation>Dosya bu arada %1 (%2) tarafından değiştirildi. Güncel durum gösteriliyor.</translation>
    </message>
    <message>
        <source>The case was changed in the meantime by %1. The current state is shown.</source>
        <translation>Dosya bu arada %1 tarafından değiştirildi. Güncel durum gösteriliyor.</translation>
    </message>
    <message>
        <source>Loading the file…</source>
        <translation>Dosya yükleniyor…</translation>
    </message>
    <message>
        <source>The file could not be loaded. %1</source>
        <translation>Dosya yüklenemedi. %1</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffHomePage</name>
    <message>
        <source>Good day</source>
        <translation>İyi günler</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>İyi günler, %1</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>tüm daireler</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StaffInboxPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Everyone&apos;s cases</source>
        <translation>Herkesin dosyaları</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Dosyalarım</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tüm hizmetler</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <source>The cases could not be loaded. %1</source>
        <translation>Dosyalar yüklenemedi. %1</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Dosyalar yükleniyor…</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Bu filtrelere uyan dosya yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n dosya gösteriliyor; kaydırdıkça daha fazlası yüklenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n dosya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filtreyi kaydet</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Filtrenin adı:</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::StatisticsDialog</name>
    <message>
        <source>Statistics of the office</source>
        <translation>Dairenin istatistikleri</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Statistics are not available on this server yet.</source>
        <translation>İstatistikler bu sunucuda henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>Toplam açık</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message numerus="yes">
        <source>Median processing time (cases closed in the last %n day(s))</source>
        <translation>
            <numerusform>Ortanca işlem süresi (son %n günde kapatılan dosyalar)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <source>no closed cases</source>
        <translation>kapatılan dosya yok</translation>
    </message>
    <message>
        <source>Received in the last 30 days</source>
        <translation>Son 30 günde alınan</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Son 30 günde kapatılan</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SubmissionResultPage</name>
    <message>
        <source>Your application waits to be sent</source>
        <translation>Başvurunuz gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>The city&apos;s server cannot be reached right now. Your application is kept safely on this computer and sent by itself as soon as the server answers again; it is filed only once. You can close Rathaus meanwhile.</source>
        <translation>Belediyenin sunucusuna şu anda ulaşılamıyor. Başvurunuz bu bilgisayarda güvenle saklanıyor ve sunucu yeniden yanıt verdiği anda kendiliğinden gönderilecek; yalnızca bir kez kaydedilir. Bu arada Rathaus&apos;u kapatabilirsiniz.</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>Başvurunuz alındı</translation>
    </message>
    <message>
        <source>Please quote the reference if you contact the office.</source>
        <translation>Daireyle iletişime geçerseniz lütfen dosya numarasını belirtin.</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::SuggestionsDialog</name>
    <message>
        <source>Suggestions from citizens</source>
        <translation>Vatandaşlardan gelen öneriler</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>Seçilen öneri</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>The suggestions could not be loaded. %1</source>
        <translation>Öneriler yüklenemedi. %1</translation>
    </message>
    <message>
        <source>Loading suggestions…</source>
        <translation>Öneriler yükleniyor…</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Henüz öneri yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n öneri gösteriliyor; kaydırdıkça daha fazlası yüklenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n öneri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TotpEnrolmentDialog</name>
    <message>
        <source>Account created</source>
        <translation>Hesap oluşturuldu</translation>
    </message>
    <message>
        <source>Authenticator reset</source>
        <translation>Kimlik doğrulayıcı sıfırlandı</translation>
    </message>
    <message>
        <source>Authenticator for %1 (%2)</source>
        <translation>%1 (%2) için kimlik doğrulayıcı</translation>
    </message>
    <message>
        <source>Add this secret to the colleague&apos;s authenticator app now: it is shown only this once. If it gets lost, reset the authenticator to issue a new one.</source>
        <translation>Bu gizli anahtarı şimdi meslektaşın kimlik doğrulama uygulamasına ekleyin: yalnızca bu kez gösterilir. Kaybolursa yenisini vermek için kimlik doğrulayıcıyı sıfırlayın.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Kurulum bağlantısı</translation>
    </message>
    <message>
        <source>Time-based codes (TOTP): SHA-1, 6 digits, every 30 seconds.</source>
        <translation>Zamana dayalı kodlar (TOTP): SHA-1, 6 hane, her 30 saniyede bir.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopyala</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>rathaus::ui::TransferRequestDialog</name>
    <message>
        <source>Request a record</source>
        <translation>Kayıt iste</translation>
    </message>
    <message>
        <source>Request a record from another office</source>
        <translation>Başka bir daireden kayıt iste</translation>
    </message>
    <message>
        <source>The citizen is asked first and decides. Say what you need the record for and on which legal basis.</source>
        <translation>Önce vatandaşa sorulur ve vatandaş karar verir. Kayda ne için ve hangi yasal dayanakla ihtiyaç duyduğunuzu belirtin.</translation>
    </message>
    <message>
        <source>From &amp;office</source>
        <translation>&amp;Gönderen daire</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>e.g. checking the child&apos;s birth for parental benefit</source>
        <translation>örn. ebeveyn parası için çocuğun doğumunun kontrolü</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Amaç</translation>
    </message>
    <message>
        <source>e.g. § 1 BEEG</source>
        <translation>örn. § 1 BEEG</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Yasal dayanak</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Talebi &amp;gönder</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Doğum</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>İkamet</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Evlilik</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Araç</translation>
    </message>
    <message>
        <source>Please choose the office that holds the record.</source>
        <translation>Lütfen kaydı tutan daireyi seçin.</translation>
    </message>
    <message>
        <source>Please choose at least one kind of record.</source>
        <translation>Lütfen en az bir kayıt türü seçin.</translation>
    </message>
    <message>
        <source>Please state the purpose.</source>
        <translation>Lütfen amacı belirtin.</translation>
    </message>
    <message>
        <source>Please state the legal basis.</source>
        <translation>Lütfen yasal dayanağı belirtin.</translation>
    </message>
    <message>
        <source>Kinds of record</source>
        <translation>Kayıt türleri</translation>
    </message>
</context>
</TS>
