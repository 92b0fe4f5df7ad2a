<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Scan your card or tap to start</source>
        <translation>Отсканируйте карту или коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>У меня есть карта</translation>
    </message>
    <message>
        <source>I have a card: sign in</source>
        <translation>У меня есть карта: войти</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Вступить в программу лояльности</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <source>The badges you have earned, and those still to earn. Slide the list to see more.</source>
        <translation>Ваши значки и те, что ещё можно получить. Прокрутите список, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>Looking for your badges…</source>
        <translation>Ищем ваши значки…</translation>
    </message>
    <message>
        <source>There are no badges to earn yet.</source>
        <translation>Пока нет значков, которые можно получить.</translation>
    </message>
    <message>
        <source>Your badges</source>
        <translation>Ваши значки</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Ещё можно получить</translation>
    </message>
    <message>
        <source>✓ Earned on {date}</source>
        <translation>✓ Получен {date}</translation>
    </message>
    <message>
        <source>Not earned yet</source>
        <translation>Ещё не получен</translation>
    </message>
</context>
<context>
    <name>CardBarcode</name>
    <message>
        <source>Card barcode</source>
        <translation>Штрихкод карты</translation>
    </message>
    <message>
        <source>Barcode of card {card}</source>
        <translation>Штрихкод карты {card}</translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
</context>
<context>
    <name>CardCodesDialog</name>
    <message>
        <source>Card codes</source>
        <translation>Коды карты</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>CardLifeDialog</name>
    <message>
        <source>Lost or found card</source>
        <translation>Потерянная или найденная карта</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number</source>
        <translation>Отсканируйте или введите номер новой карты</translation>
    </message>
    <message>
        <source>The new card&apos;s number</source>
        <translation>Номер новой карты</translation>
    </message>
    <message>
        <source>&amp;Block the card</source>
        <translation>&amp;Заблокировать карту</translation>
    </message>
    <message>
        <source>&amp;Unblock the card</source>
        <translation>&amp;Разблокировать карту</translation>
    </message>
    <message>
        <source>&amp;Move to the new card</source>
        <translation>&amp;Перенести на новую карту</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Card {card} is blocked. Unblock it if it was found, with the manager PIN.</source>
        <translation>Карта {card} заблокирована. Если её нашли, разблокируйте её с PIN менеджера.</translation>
    </message>
    <message>
        <source>Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card. Both need the manager PIN.</source>
        <translation>Карта {card}: заблокируйте её, если она потеряна, или перенесите покупателя, баллы, баланс и PIN на новую карту. Для обоих действий нужен PIN менеджера.</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number first.</source>
        <translation>Сначала отсканируйте или введите номер новой карты.</translation>
    </message>
    <message>
        <source>to block card {card}</source>
        <translation>чтобы заблокировать карту {card}</translation>
    </message>
    <message>
        <source>to unblock card {card}</source>
        <translation>чтобы разблокировать карту {card}</translation>
    </message>
    <message>
        <source>to move card {card} to a new card</source>
        <translation>чтобы перенести карту {card} на новую карту</translation>
    </message>
    <message>
        <source>Asking the loyalty server…</source>
        <translation>Запрос к серверу программы лояльности…</translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>PIN-код, выданный с картой</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Сбросить PIN-код карты (Alt+P)</translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>К вашей карте прилагался PIN-код. Введите его на клавиатуре: так мы убедимся, что карта ваша, и только тогда отправим код. Это тот же PIN-код, которым вы подтверждаете оплату баллами.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>Неверный PIN-код: введите его ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Неверный PIN-код: осталась %n попытка, потом PIN-код заблокируется.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попытки, потом PIN-код заблокируется.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попыток, потом PIN-код заблокируется.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a code: go back and choose &quot;I have a card&quot;. Or start again and join without this card.</source>
        <translation>PIN карты заблокирован после слишком многих неверных попыток, поэтому код отправить нельзя. Сбросьте PIN с помощью кода: вернитесь назад и выберите «У меня есть карта». Или начните заново и зарегистрируйтесь без этой карты.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>PIN-код карты заблокирован после слишком многих неверных попыток, поэтому код отправить нельзя. Сотрудник может сбросить его с помощью кода, отправленного на e-mail или телефон, которые есть у магазина (Сбросить PIN-код карты); если нет ни того, ни другого, PIN-код разблокирует служба поддержки магазина. Или начните заново и зарегистрируйтесь как новый клиент.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>PIN-код состоит из %n цифры: введите все.</numerusform>
            <numerusform>PIN-код состоит из %n цифр: введите все.</numerusform>
            <numerusform>PIN-код состоит из %n цифр: введите все.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardQrCode</name>
    <message>
        <source>Card QR code</source>
        <translation>QR-код карты</translation>
    </message>
    <message>
        <source>QR code of card {card}</source>
        <translation>QR-код карты {card}</translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation>Смена PIN-кода</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Забыли PIN-код?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Reset it with a code</source>
        <translation>Забыли PIN-код? Сбросьте его с помощью кода</translation>
    </message>
    <message>
        <source>Reset my PIN with a code</source>
        <translation>Сбросить PIN-код с помощью кода</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Шаг {number} из {count}</translation>
    </message>
    <message>
        <source>Type your current PIN.</source>
        <translation>Введите текущий PIN-код.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Введите новый PIN-код.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>Changing your PIN…</source>
        <translation>Меняем PIN-код…</translation>
    </message>
    <message>
        <source>Your PIN is locked.</source>
        <translation>PIN-код заблокирован.</translation>
    </message>
</context>
<context>
    <name>CodeBoxes</name>
    <message>
        <source>Digit {number} of the code</source>
        <translation>Цифра {number} кода</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Type the code we sent you</source>
        <translation>Введите код, который мы вам отправили</translation>
    </message>
    <message>
        <source>Check the code (Enter)</source>
        <translation>Проверить код (Enter)</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Код отправлен на {address}.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</source>
        <translation>Код может прийти не сразу: загляните и в папку «Спам».</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the phone&apos;s messages.</source>
        <translation>Код может прийти не сразу: проверьте сообщения на телефоне.</translation>
    </message>
    <message numerus="yes">
        <source>It works for %n minutes.</source>
        <translation>
            <numerusform>Код действует %n минуту.</numerusform>
            <numerusform>Код действует %n минуты.</numerusform>
            <numerusform>Код действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new code (in %n s)</source>
        <translation>
            <numerusform>Новый код (через %n с)</numerusform>
            <numerusform>Новый код (через %n с)</numerusform>
            <numerusform>Новый код (через %n с)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code (Alt+R)</source>
        <translation>Отправить новый код (Alt+R)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
</context>
<context>
    <name>ConnectivityIndicator</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The key that opens the queue; the window binds it with a QShortcut.</extracomment>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n ждёт синхронизации</numerusform>
            <numerusform>%n ждут синхронизации</numerusform>
            <numerusform>%n ждут синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>all synced</source>
        <translation>всё синхронизировано</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Trouble reaching the server</source>
        <translation>Проблемы со связью с сервером</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Нет связи с {time}</translation>
    </message>
    <message>
        <source>Trouble reaching the server since {time}</source>
        <translation>Проблемы со связью с сервером с {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Press {key} to see the queue.</source>
        <translation>{summary}. Нажмите {key}, чтобы открыть очередь.</translation>
    </message>
    <message>
        <source>Click or press {key} to see the queue of operations.</source>
        <translation>Щёлкните или нажмите {key}, чтобы открыть очередь операций.</translation>
    </message>
</context>
<context>
    <name>ConsentsScreen</name>
    <message>
        <source>My consents</source>
        <translation>Мои согласия</translation>
    </message>
    <message>
        <source>Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time.</source>
        <translation>Прочитайте каждое. Нажмите переключатель, чтобы дать или отозвать согласие; передумать можно в любой момент.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Согласен(на)</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Не согласен(на)</translation>
    </message>
    <message>
        <source>{consent}: I agree</source>
        <translation>{consent}: согласен(на)</translation>
    </message>
    <message>
        <source>{consent}: I do not agree</source>
        <translation>{consent}: не согласен(на)</translation>
    </message>
    <message>
        <source>Looking up your consents…</source>
        <translation>Загружаем ваши согласия…</translation>
    </message>
    <message>
        <source>This shop asks for no consents.</source>
        <translation>Этот магазин не запрашивает согласий.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Сохраняем ваш выбор…</translation>
    </message>
    <message>
        <source>Saved: you agree to “{consent}”.</source>
        <translation>Сохранено: вы дали согласие «{consent}».</translation>
    </message>
    <message>
        <source>Saved: your consent to “{consent}” is withdrawn.</source>
        <translation>Сохранено: ваше согласие «{consent}» отозвано.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Сменить e-mail или телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Your new mobile number:</source>
        <translation>Ваш новый номер телефона:</translation>
    </message>
    <message>
        <source>Your new e-mail:</source>
        <translation>Ваш новый e-mail:</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Прислать код</translation>
    </message>
    <message>
        <source>The code we sent you:</source>
        <translation>Код, который мы вам отправили:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Mobile on file now: {address}</source>
        <translation>Сейчас указан телефон: {address}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>E-mail on file now: {address}</source>
        <translation>Сейчас указан e-mail: {address}</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Мы отправили код на {address}. Он действует %n минуту.</numerusform>
            <numerusform>Мы отправили код на {address}. Он действует %n минуты.</numerusform>
            <numerusform>Мы отправили код на {address}. Он действует %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new address first.</source>
        <translation>Сначала введите новый адрес.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправляем код…</translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Отправить снова (через %n с)</numerusform>
            <numerusform>Отправить снова (через %n с)</numerusform>
            <numerusform>Отправить снова (через %n с)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Отправить код снова</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Введите код, который мы вам отправили.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверяем код…</translation>
    </message>
    <message>
        <source>Done: your mobile is now {address}. We told your old one about the change.</source>
        <translation>Готово: ваш телефон теперь {address}. Мы сообщили об изменении на прежний номер.</translation>
    </message>
    <message>
        <source>Done: your e-mail is now {address}. We told your old one about the change.</source>
        <translation>Готово: ваш e-mail теперь {address}. Мы сообщили об изменении на прежний адрес.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Demo mode on the built-in sandbox. Try card {card}.</source>
        <translation>Демо-режим на встроенной песочнице. Попробуйте карту {card}.</translation>
    </message>
    <message>
        <source>to change the settings</source>
        <extracomment>From the embedded sandbox&apos;s thread: that Backend serves now (True), or could not start (False).</extracomment>
        <translation>чтобы изменить настройки</translation>
    </message>
</context>
<context>
    <name>CounterSession</name>
    <message>
        <source>The PIN of card {card} was changed.</source>
        <translation>PIN-код карты {card} изменён.</translation>
    </message>
    <message>
        <source>Card {card} has a new PIN.</source>
        <translation>У карты {card} новый PIN-код.</translation>
    </message>
    <message>
        <source>Voucher {code} used against receipt {receipt}.</source>
        <translation>Купон {code} использован по чеку {receipt}.</translation>
    </message>
    <message>
        <source>Applying the new settings…</source>
        <translation>Применяются новые настройки…</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</source>
        <extracomment>The message line with nobody on screen (English; the window says it translated).</extracomment>
        <translation>Готово: отсканируйте карту или введите номер карты, e-mail или телефон и нажмите Enter.</translation>
    </message>
    <message>
        <source>Kiosk — loyalty counter</source>
        <translation>Kiosk — касса программы лояльности</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone, then Enter</source>
        <translation>Отсканируйте карту или введите номер карты, e-mail или телефон, затем Enter</translation>
    </message>
    <message>
        <source>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</source>
        <translation>Можно обслуживать следующего клиента.

Отсканируйте его карту или введите номер карты, e-mail или телефон.</translation>
    </message>
    <message>
        <source>Search (F2)</source>
        <translation>Поиск (F2)</translation>
    </message>
    <message>
        <source>Purchase (F3)</source>
        <translation>Покупка (F3)</translation>
    </message>
    <message>
        <source>Refund (F4)</source>
        <translation>Возврат (F4)</translation>
    </message>
    <message>
        <source>Top up (F5)</source>
        <translation>Пополнить (F5)</translation>
    </message>
    <message>
        <source>Card codes (F6)</source>
        <translation>Коды карты (F6)</translation>
    </message>
    <message>
        <source>Redeem (F11)</source>
        <translation>Списать (F11)</translation>
    </message>
    <message>
        <source>Customer PIN (F12)</source>
        <translation>PIN клиента (F12)</translation>
    </message>
    <message>
        <source>Lost card (Ctrl+L)</source>
        <translation>Потеря карты (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete account (Ctrl+Shift+D)</source>
        <translation>Удалить аккаунт (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Voucher (Ctrl+U)</source>
        <translation>Купон (Ctrl+U)</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Регистрация (F7)</translation>
    </message>
    <message>
        <source>New card (F8)</source>
        <translation>Новая карта (F8)</translation>
    </message>
    <message>
        <source>Queue (F9)</source>
        <translation>Очередь (F9)</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Настройки (F10)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <source>Search (F2):</source>
        <translation>Поиск (F2):</translation>
    </message>
    <message>
        <source>Looking up {what}…</source>
        <translation>Поиск: {what}…</translation>
    </message>
    <message>
        <source>This card cannot be used: scan the customer&apos;s new card {card}.</source>
        <translation>Эту карту использовать нельзя: отсканируйте новую карту клиента {card}.</translation>
    </message>
    <message>
        <source>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</source>
        <translation>Эту карту использовать нельзя: попросите у клиента другую карту или выдайте новую (F8).</translation>
    </message>
    <message>
        <source>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</source>
        <translation>Карта {card}: F3 покупка, F5 пополнение, F11 списание, Esc — готово.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card.</source>
        <translation>Подходит несколько карт: выберите карту клиента.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card. {freshness}</source>
        <translation>Подходит несколько карт: выберите карту клиента. {freshness}</translation>
    </message>
    <message>
        <source>No customer found: enrol them (F7) or issue a new card (F8).</source>
        <translation>Клиент не найден: зарегистрируйте его (F7) или выдайте новую карту (F8).</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>База данных терминала повреждена: эта касса не может обслуживать клиентов.</translation>
    </message>
    <message>
        <source>New card {card} issued: give it to the customer. They can enrol with it later.</source>
        <translation>Выдана новая карта {card}: передайте её клиенту. Зарегистрироваться можно позже.</translation>
    </message>
    <message>
        <source>The customer was cleared from the screen after a while without use. {ready}</source>
        <translation>Данные клиента скрыты после периода бездействия. {ready}</translation>
    </message>
    <message>
        <source>Choose the movement to refund with the arrow keys, then press F4 again.</source>
        <translation>Выберите стрелками операцию для возврата и снова нажмите F4.</translation>
    </message>
    <message>
        <source>The account of card {card} is deleted: its personal data is wiped, the card blocked, and this till has forgotten the customer.</source>
        <translation>Аккаунт карты {card} удалён: личные данные стёрты, карта заблокирована, эта касса забыла клиента.</translation>
    </message>
    <message>
        <source>Asking the loyalty server for a new card…</source>
        <translation>Запрос новой карты у сервера лояльности…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Choose how you sign in</source>
        <translation>Выберите, как вы будете входить</translation>
    </message>
    <message>
        <source>Send me a code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>name@example.com или +7 912 345-67-89</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (we send a code there):</source>
        <translation>Ваш e-mail или номер мобильного (туда придёт код):</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>Придумайте пароль:</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Введите пароль ещё раз:</translation>
    </message>
    <message>
        <source>Only you know it: it is shown as dots.</source>
        <translation>Его знаете только вы: на экране он виден как точки.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Purchase</source>
        <extracomment>The English names (translated where shown: operation_name()).</extracomment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списание баллов</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Оплата с баланса</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Пополнение баланса</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Баллы в купон</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Приз</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Live from the loyalty server, at an unknown time.</source>
        <translation>Данные с сервера лояльности, время неизвестно.</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: checking with the loyalty server…</source>
        <translation>Данные этого терминала, время неизвестно: проверка на сервере лояльности…</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: the loyalty server cannot be reached.</source>
        <translation>Данные этого терминала, время неизвестно: сервер лояльности недоступен.</translation>
    </message>
    <message>
        <source>Live from the loyalty server, {time} ({age}).</source>
        <translation>Данные с сервера лояльности, {time} ({age}).</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): checking with the loyalty server…</source>
        <translation>Данные этого терминала на {time} ({age}): проверка на сервере лояльности…</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</source>
        <translation>Данные этого терминала на {time} ({age}): сервер лояльности недоступен.</translation>
    </message>
    <message>
        <source>({change} pending sync)</source>
        <translation>(ждут синхронизации: {change})</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВНА</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>ЗАБЛОКИРОВАНА</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ЗАМЕНЕНА</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>НЕИЗВЕСТНО</translation>
    </message>
    <message>
        <source>Anonymous card (customer not registered)</source>
        <translation>Анонимная карта (клиент не зарегистрирован)</translation>
    </message>
    <message>
        <source>Name not kept on this terminal (shown when the loyalty server answers)</source>
        <translation>Имя не хранится на этом терминале (появится, когда ответит сервер лояльности)</translation>
    </message>
    <message>
        <source>Registered customer (no name given)</source>
        <translation>Зарегистрированный клиент (имя не указано)</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Last movements: loading…</source>
        <translation>Последние операции: загрузка…</translation>
    </message>
    <message>
        <source>Last movements (select one and press F4 to refund it):</source>
        <translation>Последние операции (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>Last movements: none yet.</source>
        <translation>Последние операции: пока нет.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal: none kept here.</source>
        <translation>Последние операции с этого терминала: здесь ничего не сохранено.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</source>
        <translation>Последние операции с этого терминала на {time} (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>Last movements, from this terminal (select one and press F4 to refund it):</source>
        <translation>Последние операции с этого терминала (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>approved offline by a manager, pending sync</source>
        <translation>одобрено менеджером без связи, ждёт синхронизации</translation>
    </message>
    <message>
        <source>saved here, pending sync</source>
        <translation>сохранено здесь, ждёт синхронизации</translation>
    </message>
    <message>
        <source>FAILED: {reason}</source>
        <translation>ОШИБКА: {reason}</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>синхронизировано</translation>
    </message>
    <message>
        <source>of {receipt}</source>
        <translation>по {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>%n active voucher(s)</source>
        <translation>
            <numerusform>%n действующий купон</numerusform>
            <numerusform>%n действующих купона</numerusform>
            <numerusform>%n действующих купонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) running</source>
        <translation>
            <numerusform>%n действующая акция</numerusform>
            <numerusform>%n действующие акции</numerusform>
            <numerusform>%n действующих акций</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>next to expire: {title} ({worth} off), on {date}</source>
        <translation>ближайший к окончанию: {title} (скидка {worth}), до {date}</translation>
    </message>
    <message>
        <source>next: {title} ({worth} off)</source>
        <translation>следующий: {title} (скидка {worth})</translation>
    </message>
</context>
<context>
    <name>CustomerPinDialog</name>
    <message>
        <source>Send the code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Одноразовый код придёт на e-mail или телефон, которые клиент указал в программе лояльности; с этим кодом он выберет новый PIN-код. Так же снимается и блокировка PIN-кода.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Reset it with a code</source>
        <translation>Забыли PIN-код? Сбросить по коду</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Reset the customer&apos;s PIN</source>
        <translation>Сброс PIN-кода клиента</translation>
    </message>
    <message>
        <source>Change the customer&apos;s PIN</source>
        <translation>Смена PIN-кода клиента</translation>
    </message>
    <message>
        <source>{title} — card {card}</source>
        <translation>{title} — карта {card}</translation>
    </message>
    <message>
        <source>Send the customer a one-time code.</source>
        <translation>Отправьте клиенту одноразовый код.</translation>
    </message>
    <message>
        <source>The two new PINs are different: type the new PIN again.</source>
        <translation>Новые PIN-коды не совпадают: введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to {address}; it works for %n minutes.</source>
        <translation>
            <numerusform>Код отправлен на {address}; он действует %n минуту.</numerusform>
            <numerusform>Код отправлен на {address}; он действует %n минуты.</numerusform>
            <numerusform>Код отправлен на {address}; он действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to the customer; it works for %n minutes.</source>
        <translation>
            <numerusform>Код отправлен клиенту; он действует %n минуту.</numerusform>
            <numerusform>Код отправлен клиенту; он действует %n минуты.</numerusform>
            <numerusform>Код отправлен клиенту; он действует %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: type your current PIN.</source>
        <translation>Клиент: введите текущий PIN-код.</translation>
    </message>
    <message>
        <source>Customer: type your new PIN.</source>
        <translation>Клиент: введите новый PIN-код.</translation>
    </message>
    <message>
        <source>Customer: type the new PIN again.</source>
        <translation>Клиент: повторите новый PIN-код.</translation>
    </message>
    <message>
        <source>Type the code the customer received.</source>
        <translation>Введите код, который получил клиент.</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>{field}: choose on a calendar</source>
        <translation>{field}: выбрать в календаре</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31.</source>
        <translation>Год-месяц-день, например 1990-05-31.</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31, or tap Calendar.</source>
        <translation>Год-месяц-день, например 1990-05-31, или нажмите «Календарь».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Даю согласие</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Не даю согласия</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{field}, required</source>
        <translation>{field}, обязательное поле</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Ваши согласия</translation>
    </message>
    <message>
        <source>Read each one and choose: you decide, nothing is ticked for you.</source>
        <translation>Прочитайте каждое и выберите: решаете вы, заранее ничего не отмечено.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Kiosk counter</source>
        <extracomment>The menu entry of the cashier&apos;s app, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk касса</translation>
    </message>
    <message>
        <source>Loyalty counter</source>
        <extracomment>What the counter is, shown by some menus under or beside its name.</extracomment>
        <translation>Касса программы лояльности</translation>
    </message>
    <message>
        <source>Look up loyalty cards, record purchases, redeem points and credit</source>
        <extracomment>The counter&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Поиск карт лояльности, учёт покупок, списание баллов и кредита</translation>
    </message>
    <message>
        <source>loyalty;card;points;shop;till;</source>
        <extracomment>Words a menu&apos;s search finds the counter by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>лояльность;карта;баллы;магазин;касса;</translation>
    </message>
    <message>
        <source>Kiosk self-service</source>
        <extracomment>The menu entry of the customers&apos; self-service kiosk, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk самообслуживание</translation>
    </message>
    <message>
        <source>Loyalty self-service kiosk</source>
        <extracomment>What the self-service kiosk is, shown by some menus under or beside its name.</extracomment>
        <translation>Киоск самообслуживания программы лояльности</translation>
    </message>
    <message>
        <source>The customers&apos; own screen: their card, points, prizes and vouchers, full screen</source>
        <extracomment>The self-service kiosk&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Экран для покупателей: их карта, баллы, призы и купоны, на весь экран</translation>
    </message>
    <message>
        <source>loyalty;kiosk;self-service;touch;</source>
        <extracomment>Words a menu&apos;s search finds the self-service kiosk by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>лояльность;киоск;самообслуживание;сенсорный;</translation>
    </message>
    <message>
        <source>A desktop shortcut for the counter</source>
        <extracomment>The Windows installer&apos;s check box that adds a shortcut to the counter on the desktop.</extracomment>
        <translation>Ярлык кассы на рабочем столе</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome screen and give this card&apos;s number.</source>
        <extracomment>Said to a customer who has no password (card and PIN only), instead of &quot;Change password&quot;.</extracomment>
        <translation>У вашей учётной записи нет пароля: вы входите по карте и PIN-коду. Чтобы добавить пароль, нажмите «Вступить» на начальном экране и укажите номер этой карты.</translation>
    </message>
    <message>
        <source>My details</source>
        <extracomment>The profile&apos;s addresses: changed only with a code sent to the new one, never typed into the form.</extracomment>
        <translation>Мои данные</translation>
    </message>
    <message>
        <source>Tap a field to change it, then tap Save. Slide the form up to see more.</source>
        <translation>Коснитесь поля, чтобы изменить его, затем нажмите «Сохранить». Проведите форму вверх, чтобы увидеть остальное.</translation>
    </message>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Сменить e-mail или телефон</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>Мои согласия</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Looking up your details…</source>
        <translation>Загружаем ваши данные…</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Очистить: {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>E-mail: {email}
Mobile: {mobile}</source>
        <translation>E-mail: {email}
Телефон: {mobile}</translation>
    </message>
    <message>
        <source>Something is missing or not right: see the words under the field.</source>
        <translation>Что-то не заполнено или заполнено неверно: см. подсказку под полем.</translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation>Нечего сохранять: ваши данные не изменились.</translation>
    </message>
    <message>
        <source>Saving your details…</source>
        <translation>Сохраняем ваши данные…</translation>
    </message>
    <message>
        <source>Saved. Your details are up to date.</source>
        <translation>Сохранено. Ваши данные обновлены.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Готово (Enter)</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</source>
        <translation>Отсканируйте QR-код телефоном, чтобы карта всегда была с вами, или показывайте этот код при каждой покупке.</translation>
    </message>
    <message>
        <source>Print my card</source>
        <translation>Распечатать мою карту</translation>
    </message>
    <message>
        <source>Print the card (Ctrl+R)</source>
        <translation>Печать карты (Ctrl+R)</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Добро пожаловать, {name}!</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Регистрация клиента</translation>
    </message>
    <message>
        <source>Change the address (Alt+B)</source>
        <translation>Изменить адрес (Alt+B)</translation>
    </message>
    <message>
        <source>Start again (Alt+N)</source>
        <translation>Начать заново (Alt+N)</translation>
    </message>
    <message>
        <source>Try again (Alt+T)</source>
        <translation>Повторить (Alt+T)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Далее (Enter)</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Изменить адрес</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>Ищем незавершённую регистрацию…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Отправьте мне код</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Отправьте мне код</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Проверить код</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Сохранить PIN-код</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Минутку…</translation>
    </message>
</context>
<context>
    <name>EraseAccountDialog</name>
    <message>
        <source>Delete the customer&apos;s account</source>
        <translation>Удаление аккаунта клиента</translation>
    </message>
    <message>
        <source>Card {card}: at the customer&apos;s request, their loyalty account is deleted for good. Their personal data is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without anything that names them.</source>
        <translation>Карта {card}: по просьбе клиента его аккаунт программы лояльности удаляется навсегда. Личные данные стираются, карта блокируется, баллы и купоны сгорают; операции сохраняются без данных, по которым можно узнать клиента.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Turn the PIN pad to the customer. Customer: type your PIN to delete your account.</source>
        <translation>Поверните PIN-клавиатуру к клиенту. Клиент: введите PIN-код, чтобы удалить аккаунт.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>Удаляем аккаунт…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN: nothing was deleted. %n tries left before it locks.</source>
        <translation>
            <numerusform>Неверный PIN: ничего не удалено. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN: ничего не удалено. До блокировки остались %n попытки.</numerusform>
            <numerusform>Неверный PIN: ничего не удалено. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then “Forgot the PIN?”).</source>
        <translation>PIN-код заблокирован после слишком многих неверных попыток: ничего не удалено. Сначала сбросьте его (F12, затем «Забыли PIN-код?»).</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: nothing was deleted. Try again later.</source>
        <translation>Сервер программы лояльности сейчас недоступен: ничего не удалено. Попробуйте позже.</translation>
    </message>
    <message>
        <source>Nothing was deleted: {why}</source>
        <translation>Ничего не удалено: {why}</translation>
    </message>
</context>
<context>
    <name>EraseScreen</name>
    <message>
        <source>Your account is deleted</source>
        <extracomment>The goodbye finishes by itself (back to the attract screen) after this long.</extracomment>
        <translation>Ваш аккаунт удалён</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Удалить мой аккаунт</translation>
    </message>
    <message>
        <source>Deleting your loyalty account means:</source>
        <translation>Удаление аккаунта программы лояльности означает:</translation>
    </message>
    <message>
        <source>Your personal data (name, contacts, consents) is wiped.</source>
        <translation>Ваши личные данные (имя, контакты, согласия) будут стёрты.</translation>
    </message>
    <message>
        <source>Your card is blocked for good.</source>
        <translation>Ваша карта будет заблокирована навсегда.</translation>
    </message>
    <message>
        <source>Your points and vouchers are lost.</source>
        <translation>Ваши баллы и купоны сгорят.</translation>
    </message>
    <message>
        <source>Your past purchases are kept for the shop&apos;s accounts, with nothing that names you.</source>
        <translation>Ваши прошлые покупки останутся в учёте магазина, но без данных, по которым можно узнать вас.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.

Thank you for having been with us. Goodbye!</source>
        <translation>Ваши личные данные стёрты, карта заблокирована. Этот киоск тоже забыл вас.

Спасибо, что были с нами. До свидания!</translation>
    </message>
    <message>
        <source>Type your PIN to delete your account for good.</source>
        <translation>Введите PIN-код, чтобы удалить аккаунт навсегда.</translation>
    </message>
    <message>
        <source>Delete my account: the PIN confirms it next</source>
        <translation>Удалить мой аккаунт: затем подтвердите PIN-кодом</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Удаляем ваш аккаунт…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки остались %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>Неверный PIN. Введите его ещё раз.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>PIN-код заблокирован после слишком многих неверных попыток: аккаунт не удалён. Вернитесь к своей карте и выберите «Сменить PIN», затем «Забыли PIN-код?», чтобы сбросить его по коду.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: your account was not deleted. Try again later.</source>
        <translation>Сервер программы лояльности сейчас недоступен: аккаунт не удалён. Попробуйте позже.</translation>
    </message>
    <message>
        <source>Your account was not deleted: {why}</source>
        <translation>Аккаунт не удалён: {why}</translation>
    </message>
</context>
<context>
    <name>FindScreen</name>
    <message>
        <source>Scan your card</source>
        <extracomment>The pause between the PIN&apos;s last digit and signing in: a scanner typing on goes on within it.</extracomment>
        <translation>Отсканируйте карту</translation>
    </message>
    <message>
        <source>Or type your card number, e-mail or phone.</source>
        <translation>Или введите номер карты, e-mail или телефон.</translation>
    </message>
    <message>
        <source>Card number, e-mail or phone</source>
        <translation>Номер карты, e-mail или телефон</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Continue: find my card</source>
        <translation>Далее: найти мою карту</translation>
    </message>
    <message>
        <source>Looking for your card…</source>
        <translation>Ищем вашу карту…</translation>
    </message>
    <message>
        <source>Scan your card, or type its number, your e-mail or your phone.</source>
        <translation>Отсканируйте карту либо введите номер карты, ваш e-mail или телефон.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join</source>
        <translation>Регистрация</translation>
    </message>
</context>
<context>
    <name>KeptCardScreen</name>
    <message>
        <source>Your card</source>
        <translation>Ваша карта</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now. You can still show your card&apos;s codes here and see the last balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the connection is back.</source>
        <translation>Сервер лояльности сейчас недоступен. Здесь по-прежнему можно показать коды вашей карты и увидеть последний известный этому киоску баланс. Вход по PIN, списание и регистрация станут доступны, когда связь восстановится.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · credit {money}</source>
        <translation>{points} · баланс {money}</translation>
    </message>
    <message>
        <source>The last balance this kiosk knows; it may have changed since.</source>
        <translation>Последние известные киоску данные; с тех пор они могли измениться.</translation>
    </message>
    <message>
        <source>Balance as of a moment ago.</source>
        <translation>Данные получены только что.</translation>
    </message>
    <message numerus="yes">
        <source>Balance as of %n minute(s) ago; it may have changed since.</source>
        <translation>
            <numerusform>Данные получены %n минуту назад; с тех пор они могли измениться.</numerusform>
            <numerusform>Данные получены %n минуты назад; с тех пор они могли измениться.</numerusform>
            <numerusform>Данные получены %n минут назад; с тех пор они могли измениться.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance as of {moment}; it may have changed since.</source>
        <translation>Данные на {moment}; с тех пор они могли измениться.</translation>
    </message>
</context>
<context>
    <name>KioskCardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
</context>
<context>
    <name>KioskFace</name>
    <message>
        <source>⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining need the connection and come back by themselves.</source>
        <translation>⚠ Нет связи: отсканируйте карту, чтобы увидеть её коды и последний баланс. Вход, списание и регистрация требуют связи и вернутся сами.</translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n new)</source>
        <translation>
            <numerusform>Сообщения (%n новое)</numerusform>
            <numerusform>Сообщения (%n новых)</numerusform>
            <numerusform>Сообщения (%n новых)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Back</source>
        <extracomment>Before the words of a problem: a sign as well as the colour, never the colour alone. A label with this property set to True shows the customer&apos;s data: a wipe empties it. What a switched-on toggle shows beside its words: its state is never told by colour alone.</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Done, sign out</source>
        <translation>Готово, выйти</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <extracomment>A line edit with this property set to True is typed into by its own means (no on-screen keyboard).</extracomment>
        <translation>Киоск программы лояльности</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Already registered</source>
        <translation>Клиент уже зарегистрирован</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Закрыть (Enter)</translation>
    </message>
    <message>
        <source>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</source>
        <translation>Регистрировать нечего: клиент продолжает пользоваться своей картой. Нажмите Enter, чтобы закрыть это окно; затем касса покажет его карту.</translation>
    </message>
    <message>
        <source>You are already registered: there is nothing to join. Keep using your card; to see it here, go back and choose &quot;I have a card&quot;.</source>
        <translation>Вы уже зарегистрированы: регистрироваться не нужно. Пользуйтесь своей картой; чтобы посмотреть её здесь, вернитесь назад и выберите «У меня есть карта».</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>PIN менеджера</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</source>
        <translation>PIN менеджера ещё не задан. Выберите его сейчас: от {low} до {high} цифр, дважды. Он понадобится, чтобы отменять операции и менять настройки.</translation>
    </message>
    <message>
        <source>New manager PIN:</source>
        <translation>Новый PIN менеджера:</translation>
    </message>
    <message>
        <source>Type the manager PIN {reason}.</source>
        <translation>Введите PIN менеджера, {reason}.</translation>
    </message>
    <message>
        <source>This needs the manager: type the manager PIN.</source>
        <translation>Нужен менеджер: введите PIN менеджера.</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN менеджера:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Неверный PIN менеджера.</translation>
    </message>
    <message>
        <source>The manager PIN could not be saved; the log has the details.</source>
        <translation>Не удалось сохранить PIN менеджера; подробности в журнале.</translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Не удалось проверить PIN менеджера; подробности в журнале.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again in the second field.</source>
        <translation>PIN-коды не совпадают: введите его ещё раз во втором поле.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</source>
        <translation>
            <numerusform>Найдена %n карта. Выберите нужную стрелками и Enter или по номеру (1–{last}).</numerusform>
            <numerusform>Найдено %n карты. Выберите нужную стрелками и Enter или по номеру (1–{last}).</numerusform>
            <numerusform>Найдено %n карт. Выберите нужную стрелками и Enter или по номеру (1–{last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  card {card}  ·  {points} points</source>
        <translation>
            <numerusform>{name}  ·  карта {card}  ·  {points} балл</numerusform>
            <numerusform>{name}  ·  карта {card}  ·  {points} балла</numerusform>
            <numerusform>{name}  ·  карта {card}  ·  {points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{card_line} — {status}</source>
        <translation>{card_line} — {status}</translation>
    </message>
</context>
<context>
    <name>MoreScreen</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Prizes</source>
        <extracomment>The tiles in their order: the face&apos;s name of the screen, the words on the tile (context &quot;MoreScreen&quot;). One line per screen, its words marked for lupdate; the face answers `chosen` with the screen named here.</extracomment>
        <translation>Призы</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Мои данные</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Удалить мой аккаунт</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Ещё для вас</translation>
    </message>
</context>
<context>
    <name>MyCardScreen</name>
    <message>
        <source>Change my PIN</source>
        <translation>Сменить PIN</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Offers for you</source>
        <translation>Предложения для вас</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>Мои купоны</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Ещё для вас</translation>
    </message>
    <message>
        <source>More for you: prizes, games, news, shops, my details</source>
        <translation>Ещё для вас: призы, игры, новости, магазины, мои данные</translation>
    </message>
    <message>
        <source>Your last movements</source>
        <translation>Ваши последние операции</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Операций пока нет.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Ваша карта</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth {money} when you redeem them</source>
        <translation>При списании это {money}</translation>
    </message>
    <message>
        <source>Credit: {money}</source>
        <translation>Баланс: {money}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>{when}, {what}: points {points}, credit {credit}</source>
        <translation>{when}, {what}: баллы {points}, баланс {credit}</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Messages</source>
        <extracomment>Before the word &quot;New&quot; on an item not yet read: a sign as well as the bold, never the look alone.</extracomment>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Messages for you, newest first. Tap “Read” to open one.</source>
        <translation>Сообщения для вас, сначала новые. Нажмите «Читать», чтобы открыть.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>News from the shop, newest first. Tap “Read” to open one.</source>
        <translation>Новости магазина, сначала свежие. Нажмите «Читать», чтобы открыть.</translation>
    </message>
    <message>
        <source>Looking for your messages…</source>
        <translation>Ищем ваши сообщения…</translation>
    </message>
    <message>
        <source>Looking for the news…</source>
        <translation>Ищем новости…</translation>
    </message>
    <message>
        <source>You have no messages.</source>
        <translation>У вас нет сообщений.</translation>
    </message>
    <message>
        <source>There is no news right now.</source>
        <translation>Сейчас новостей нет.</translation>
    </message>
    <message>
        <source>{sign} New</source>
        <translation>{sign} Новое</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Читать</translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation>Читать: {title}</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Новое: {title}</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Получено {date}</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Опубликовано {date}</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Is the customer new? Enrol them, or give them a new card now and enrol later.</source>
        <translation>Новый клиент? Зарегистрируйте его или выдайте новую карту сейчас, а зарегистрируйте позже.</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Регистрация (F7)</translation>
    </message>
    <message>
        <source>Issue new card (F8)</source>
        <translation>Выдать новую карту (F8)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. {message}</source>
        <translation>Клиент по запросу «{text}» не найден. {message}</translation>
    </message>
</context>
<context>
    <name>OffersScreen</name>
    <message>
        <source>Offers for you</source>
        <translation>Предложения для вас</translation>
    </message>
    <message>
        <source>What the shop offers you now. Slide the list up to see more.</source>
        <translation>Что магазин предлагает вам сейчас. Проведите по списку вверх, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>Looking for your offers…</source>
        <translation>Ищем ваши предложения…</translation>
    </message>
    <message>
        <source>There are no offers for you right now. Come back soon!</source>
        <translation>Сейчас для вас нет предложений. Загляните позже!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Условия: {terms}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Действует до {date}</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Без срока окончания</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Экранная клавиатура</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Верхний регистр</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>АБВ</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
</context>
<context>
    <name>PasswordScreen</name>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>Your new password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Не меньше %n символа, с буквой и цифрой.</numerusform>
            <numerusform>Не меньше %n символов, с буквой и цифрой.</numerusform>
            <numerusform>Не меньше %n символов, с буквой и цифрой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не меньше %n символа.</numerusform>
            <numerusform>Не меньше %n символов.</numerusform>
            <numerusform>Не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Сначала введите текущий пароль.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Меняем пароль…</translation>
    </message>
    <message>
        <source>Done: your password is changed. Use the new one from now on.</source>
        <translation>Готово: пароль изменён. Теперь используйте новый.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Never use your bank card&apos;s PIN here.</source>
        <translation>Никогда не вводите здесь PIN-код банковской карты.</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>Клавиатура для PIN-кода</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Цифра {digit}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Стереть PIN-код</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>PIN: {typed} {of_length} digits typed</source>
        <translation>PIN-код: введено цифр — {typed} {of_length}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ни одной</translation>
    </message>
    <message>
        <source>one</source>
        <translation>одна</translation>
    </message>
    <message>
        <source>two</source>
        <translation>две</translation>
    </message>
    <message>
        <source>three</source>
        <translation>три</translation>
    </message>
    <message>
        <source>four</source>
        <translation>четыре</translation>
    </message>
    <message>
        <source>five</source>
        <translation>пять</translation>
    </message>
    <message>
        <source>six</source>
        <translation>шесть</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>семь</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>восемь</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>девять</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>десять</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>одиннадцать</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>двенадцать</translation>
    </message>
    <message>
        <source>of three</source>
        <translation>из трёх</translation>
    </message>
    <message>
        <source>of four</source>
        <translation>из четырёх</translation>
    </message>
    <message>
        <source>of five</source>
        <translation>из пяти</translation>
    </message>
    <message>
        <source>of six</source>
        <translation>из шести</translation>
    </message>
    <message>
        <source>of seven</source>
        <translation>из семи</translation>
    </message>
    <message>
        <source>of eight</source>
        <translation>из восьми</translation>
    </message>
    <message>
        <source>of nine</source>
        <translation>из девяти</translation>
    </message>
    <message>
        <source>of ten</source>
        <translation>из десяти</translation>
    </message>
    <message>
        <source>of eleven</source>
        <translation>из одиннадцати</translation>
    </message>
    <message>
        <source>of twelve</source>
        <translation>из двенадцати</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Выберите PIN-код</translation>
    </message>
    <message>
        <source>Save the PIN (Enter)</source>
        <translation>Сохранить PIN-код (Enter)</translation>
    </message>
    <message>
        <source>Your new PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Введите его ещё раз:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n digits that only you know. You type them at the till to spend your points or credit.</source>
        <translation>
            <numerusform>Выберите %n цифру, которую знаете только вы. Её нужно вводить на кассе, чтобы расплатиться баллами или с баланса карты.</numerusform>
            <numerusform>Выберите %n цифры, которые знаете только вы. Их нужно вводить на кассе, чтобы расплатиться баллами или с баланса карты.</numerusform>
            <numerusform>Выберите %n цифр, которые знаете только вы. Их нужно вводить на кассе, чтобы расплатиться баллами или с баланса карты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation>Войти с этим PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Забыли PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Get a code to set a new one</source>
        <translation>Забыли PIN? Получите код, чтобы задать новый</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняем вход…</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Введите PIN</translation>
    </message>
    <message>
        <source>Set your PIN</source>
        <translation>Задайте PIN</translation>
    </message>
    <message>
        <source>Your PIN is locked</source>
        <translation>Ваш PIN заблокирован</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Задать PIN</translation>
    </message>
    <message>
        <source>Reset my PIN</source>
        <translation>Сбросить PIN</translation>
    </message>
    <message>
        <source>Set my PIN with a code sent to me</source>
        <translation>Задать PIN с помощью кода, который придёт мне</translation>
    </message>
    <message>
        <source>Reset my PIN with a code sent to me</source>
        <translation>Сбросить PIN с помощью кода, который придёт мне</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
    <message>
        <source>Card ending in {digits}</source>
        <translation>Карта, номер которой заканчивается на {digits}</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Set one now with a code we send to you.</source>
        <translation>У этой карты ещё нет PIN. Задайте его сейчас с помощью кода, который мы вам отправим.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>PIN этой карты заблокирован после слишком многих неверных попыток. Сбросьте его с помощью кода, который мы вам отправим.</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of your PIN.</source>
        <translation>
            <numerusform>Введите PIN полностью: %n цифру.</numerusform>
            <numerusform>Введите PIN полностью: %n цифры.</numerusform>
            <numerusform>Введите PIN полностью: %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>Ваш PIN заблокирован после слишком многих неверных попыток. Сбросьте его с помощью кода, который мы вам отправим.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки остались %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now, so you cannot sign in. Try again later, or scan your card to see its codes.</source>
        <translation>Сервер лояльности сейчас недоступен, поэтому войти нельзя. Попробуйте позже или отсканируйте карту, чтобы увидеть её коды.</translation>
    </message>
    <message>
        <source>Type your PIN on the keys.</source>
        <translation>Введите PIN на клавишах.</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <source>Play and win</source>
        <translation>Играйте и выигрывайте</translation>
    </message>
    <message>
        <source>Each play is a chance to win a voucher. The result shows at once.</source>
        <translation>Каждая игра — шанс выиграть купон. Результат видно сразу.</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>Мои купоны</translation>
    </message>
    <message>
        <source>Back to the games</source>
        <translation>К играм</translation>
    </message>
    <message>
        <source>Looking for the games…</source>
        <translation>Ищем игры…</translation>
    </message>
    <message>
        <source>There is no game to play right now. Come back soon!</source>
        <translation>Сейчас игр нет. Заходите позже!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Условия: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>You have %Ln play(s) left.</source>
        <translation>
            <numerusform>У вас осталась %Ln игра.</numerusform>
            <numerusform>У вас осталось %Ln игры.</numerusform>
            <numerusform>У вас осталось %Ln игр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <source>Play {contest}</source>
        <translation>Играть: {contest}</translation>
    </message>
    <message>
        <source>No plays left</source>
        <translation>Игры закончились</translation>
    </message>
    <message>
        <source>No plays left in {contest}</source>
        <translation>В игре «{contest}» у вас не осталось попыток</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Играем…</translation>
    </message>
    <message>
        <source>The answer was lost on the way. Tap “Play” again to see your result: it will not use another play.</source>
        <translation>Ответ потерялся в пути. Нажмите «Играть» ещё раз, чтобы увидеть результат: новая попытка не будет потрачена.</translation>
    </message>
    <message>
        <source>You won!</source>
        <translation>Вы выиграли!</translation>
    </message>
    <message>
        <source>{voucher}: {worth}. It is in My vouchers.</source>
        <translation>{voucher}: {worth}. Он уже в разделе «Мои купоны».</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>В этот раз не повезло.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for playing. You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Спасибо за игру. У вас осталась %Ln игра.</numerusform>
            <numerusform>Спасибо за игру. У вас осталось %Ln игры.</numerusform>
            <numerusform>Спасибо за игру. У вас осталось %Ln игр.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>Скидка {percent}%</translation>
    </message>
    <message>
        <source>{worth}, use it by {date}</source>
        <translation>{worth}, действует до {date}</translation>
    </message>
</context>
<context>
    <name>PointsVoucherScreen</name>
    <message>
        <source>Turn points into a voucher</source>
        <translation>Обмен баллов на купон</translation>
    </message>
    <message>
        <source>The points are taken from your card at once, and the voucher goes into your wallet. It cannot be turned back into points.</source>
        <translation>Баллы сразу списываются с вашей карты, а купон попадает в ваш кошелёк. Обратно в баллы его превратить нельзя.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Введите PIN-код для подтверждения.</translation>
    </message>
    <message>
        <source>{points} points → a voucher worth {money}</source>
        <translation>Баллы: {points} → купон на {money}</translation>
    </message>
    <message>
        <source>Making your voucher…</source>
        <translation>Создаём ваш купон…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Неверный PIN-код. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>Неверный PIN-код. Введите его ещё раз.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>PIN-код заблокирован после слишком многих неверных попыток: баллы не списаны. Вернитесь к своей карте и выберите «Сменить PIN», затем «Забыли PIN-код?», чтобы сбросить его с помощью кода.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again later.</source>
        <translation>Сервер программы лояльности сейчас недоступен: купон не создан, баллы не списаны. Попробуйте позже.</translation>
    </message>
    <message>
        <source>No voucher was made and no points were taken: {why}</source>
        <translation>Купон не создан, баллы не списаны: {why}</translation>
    </message>
</context>
<context>
    <name>PrintReceipt</name>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Printed: please take it from the printer.</source>
        <translation>Напечатано: пожалуйста, возьмите его из принтера.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff.</source>
        <translation>В принтере закончилась бумага. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The printer is open. Please ask a member of staff.</source>
        <translation>Принтер открыт. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask a member of staff.</source>
        <translation>Принтер сейчас не работает. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Printed. {warning}</source>
        <extracomment>States after which the receipt is in the customer&apos;s hand.</extracomment>
        <translation>Напечатано. {warning}</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>No receipt printer</source>
        <translation>Без чекового принтера</translation>
    </message>
    <message>
        <source>Network printer (type its address)</source>
        <translation>Сетевой принтер (введите адрес)</translation>
    </message>
    <message>
        <source>Dummy (prints nothing: for trying the app)</source>
        <translation>Фиктивный (ничего не печатает: для проверки программы)</translation>
    </message>
    <message>
        <source>Address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Адрес, напр. 192.168.1.50 или 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Поиск принтеров…</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Напечатать пробный чек</translation>
    </message>
    <message numerus="yes">
        <source>Printers found: %n.</source>
        <translation>
            <numerusform>Найдено принтеров: %n.</numerusform>
            <numerusform>Найдено принтеров: %n.</numerusform>
            <numerusform>Найдено принтеров: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Печать пробного чека…</translation>
    </message>
</context>
<context>
    <name>PrizeRequestScreen</name>
    <message>
        <source>Request this prize</source>
        <translation>Заказать этот приз</translation>
    </message>
    <message>
        <source>In-store pick-up at this shop&apos;s counter. Until it is ready, you can cancel it in “My requests”.</source>
        <translation>Получение на кассе этого магазина. Пока приз не готов, заказ можно отменить в разделе «Мои заказы».</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Введите PIN-код для подтверждения.</translation>
    </message>
    <message>
        <source>{prize} for {points} points</source>
        <translation>{prize} за {points} баллов</translation>
    </message>
    <message>
        <source>Points left after it: {left}</source>
        <translation>Останется баллов: {left}</translation>
    </message>
    <message>
        <source>Requesting your prize…</source>
        <translation>Оформляем ваш приз…</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no prize was requested and no points were taken. Try again later.</source>
        <translation>Сервер программы лояльности сейчас недоступен: приз не заказан, баллы не списаны. Попробуйте позже.</translation>
    </message>
    <message>
        <source>No prize was requested: {why}</source>
        <translation>Приз не заказан: {why}</translation>
    </message>
</context>
<context>
    <name>PrizeRequestsScreen</name>
    <message>
        <source>My prize requests</source>
        <translation>Мои заказы призов</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Да, отменить</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <source>✓ Your prize is requested. We will have it ready for you at the counter.</source>
        <translation>✓ Приз заказан. Мы подготовим его для вас на кассе.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will show here, never twice.</source>
        <translation>Ответ потерялся в пути. Киоск выясняет, заказан ли приз: заказ появится здесь, и только один раз.</translation>
    </message>
    <message>
        <source>Looking for your requests…</source>
        <translation>Ищем ваши заказы…</translation>
    </message>
    <message>
        <source>You have not requested any prize yet.</source>
        <translation>Вы ещё не заказывали призы.</translation>
    </message>
    <message>
        <source>{points} points, requested on {date}</source>
        <translation>{points} баллов, заказ от {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Cancel the request for {prize}</source>
        <translation>Отменить заказ: {prize}</translation>
    </message>
    <message>
        <source>Requested: the shop is getting it ready</source>
        <translation>Заказан: магазин готовит приз</translation>
    </message>
    <message>
        <source>✓ Ready: collect it at the counter</source>
        <translation>✓ Готов: заберите на кассе</translation>
    </message>
    <message>
        <source>✓ Collected</source>
        <translation>✓ Получен</translation>
    </message>
    <message>
        <source>Cancelled: the points were given back</source>
        <translation>Отменён: баллы возвращены</translation>
    </message>
    <message>
        <source>Cancel your request for {prize}? The {points} points come back to your card.</source>
        <translation>Отменить заказ «{prize}»? {points} баллов вернутся на вашу карту.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяем…</translation>
    </message>
    <message>
        <source>✓ Cancelled: the points are back on your card.</source>
        <translation>✓ Отменено: баллы снова на вашей карте.</translation>
    </message>
</context>
<context>
    <name>PrizesScreen</name>
    <message>
        <source>My requests</source>
        <translation>Мои заказы</translation>
    </message>
    <message>
        <source>My prize requests</source>
        <translation>Мои заказы призов</translation>
    </message>
    <message>
        <source>Choose a prize. Slide the list up to see more.</source>
        <translation>Выберите приз. Проведите список вверх, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>Prizes for your points</source>
        <translation>Призы за ваши баллы</translation>
    </message>
    <message>
        <source>Choose a kind of prize.</source>
        <translation>Выберите вид приза.</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>У вас {points} балл</numerusform>
            <numerusform>У вас {points} балла</numerusform>
            <numerusform>У вас {points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the prizes…</source>
        <translation>Ищем призы…</translation>
    </message>
    <message>
        <source>There are no prizes right now. Come back soon!</source>
        <translation>Сейчас призов нет. Заходите позже!</translation>
    </message>
    <message>
        <source>There are no prizes of this kind right now.</source>
        <translation>Сейчас призов этого вида нет.</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} баллов</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>✓ Your points are enough</source>
        <translation>✓ Ваших баллов хватает</translation>
    </message>
    <message numerus="yes">
        <source>You need %Ln more point(s)</source>
        <translation>
            <numerusform>Не хватает %Ln балла</numerusform>
            <numerusform>Не хватает %Ln баллов</numerusform>
            <numerusform>Не хватает %Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Choose {prize}</source>
        <translation>Выбрать: {prize}</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Save purchase (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>номер чека</translation>
    </message>
    <message>
        <source>Type the amount to see the points it earns.</source>
        <translation>Введите сумму, чтобы увидеть начисляемые баллы.</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Сумма ({currency}):</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Номер чека:</translation>
    </message>
    <message>
        <source>Working out the points…</source>
        <translation>Подсчёт баллов…</translation>
    </message>
    <message>
        <source>{amount}: the points cannot be worked out offline yet; the server will count them.</source>
        <translation>{amount}: баллы пока нельзя подсчитать без связи; их начислит сервер.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns {points} points.</source>
        <translation>
            <numerusform>За {amount} начисляется {points} балл.</numerusform>
            <numerusform>За {amount} начисляется {points} балла.</numerusform>
            <numerusform>За {amount} начисляется {points} баллов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</source>
        <translation>
            <numerusform>За {amount} начисляется около {points} балла (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
            <numerusform>За {amount} начисляется около {points} баллов (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
            <numerusform>За {amount} начисляется около {points} баллов (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>сегодня {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Отправить сейчас (S)</translation>
    </message>
    <message>
        <source>Nothing failed. Everything is saved and syncing.</source>
        <extracomment>In English, the source text; the dialog shows it translated.</extracomment>
        <translation>Ошибок нет. Всё сохранено и синхронизируется.</translation>
    </message>
    <message>
        <source>Operations queue</source>
        <translation>Очередь операций</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Чтение очереди…</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</source>
        <translation>Выберите строку стрелками. «Повторить» (R) сразу отправит её ещё раз; «Удалить» (D) уберёт её навсегда, для этого нужен PIN менеджера.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Amount / points</source>
        <translation>Сумма / баллы</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Причина ошибки</translation>
    </message>
    <message>
        <source>Retry (R)</source>
        <translation>Повторить (R)</translation>
    </message>
    <message>
        <source>Send the chosen operation again now.</source>
        <translation>Сразу отправить выбранную операцию ещё раз.</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Отправить все ожидающие операции сейчас, не дожидаясь следующей попытки.</translation>
    </message>
    <message>
        <source>Discard… (D)</source>
        <translation>Удалить… (D)</translation>
    </message>
    <message>
        <source>Give up on the chosen operation for good (needs the manager PIN).</source>
        <translation>Навсегда удалить выбранную операцию (нужен PIN менеджера).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Списание баллов</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Оплата с баланса</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Баллы в купон</translation>
    </message>
    <message>
        <source>{operation}, receipt {receipt}</source>
        <translation>{operation}, чек {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>баланс {money}</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</source>
        <translation>Ждут синхронизации: {waiting} · С ошибкой: {failed} · Отправлено: {sent} · Удалено: {discarded}</translation>
    </message>
    <message>
        <source>{when}, card {card}: {effect}</source>
        <translation>{when}, карта {card}: {effect}</translation>
    </message>
    <message>
        <source>Approved offline by a manager, waiting for the loyalty server: {operations}.</source>
        <translation>Одобрено менеджером без связи, ждёт сервера лояльности: {operations}.</translation>
    </message>
    <message>
        <source>{operation} on card {card} will be sent again now.</source>
        <translation>{operation}, карта {card}: отправляется ещё раз.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Ожидающие операции отправляются.</translation>
    </message>
    <message>
        <source>{operation}, card {card}, {effect}</source>
        <translation>{operation}, карта {card}, {effect}</translation>
    </message>
    <message>
        <source>{operation}, card {card}</source>
        <translation>{operation}, карта {card}</translation>
    </message>
    <message>
        <source>to discard this operation ({what}): it will never reach the loyalty server</source>
        <translation>чтобы удалить эту операцию ({what}): она никогда не попадёт на сервер лояльности</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Discarded: {what}.</source>
        <translation>Удалено: {what}.</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Code: {code}</source>
        <translation>Код: {code}</translation>
    </message>
    <message>
        <source>Show this voucher at the till.</source>
        <translation>Покажите этот купон на кассе.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Добро пожаловать, {name}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>Ваша карта лояльности</translation>
    </message>
    <message>
        <source>Show this code at every purchase, or scan the QR code to keep the card on your phone.</source>
        <translation>Показывайте этот код при каждой покупке или отсканируйте QR-код, чтобы хранить карту в телефоне.</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Пробный чек</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>{width} mm, {columns} characters a line</source>
        <translation>{width} мм, {columns} символов в строке</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>If you can read this and the QR code scans, the printer is ready.</source>
        <translation>Если это читается и QR-код сканируется, принтер готов.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <extracomment>English; the dialog says it translated.</extracomment>
        <translation>Для списания нужна связь с сервером лояльности, а он сейчас недоступен.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;Списание&lt;/b&gt; — карта {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;Списание&lt;/b&gt; — карта {card}</translation>
    </message>
    <message>
        <source>Reset the PIN…</source>
        <translation>Сбросить PIN…</translation>
    </message>
    <message>
        <source>Manager approval (offline)…</source>
        <translation>Одобрение менеджера (без связи)…</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Баллы</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Ба&amp;ланс</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s PIN (Enter)</source>
        <translation>Далее: PIN клиента (Enter)</translation>
    </message>
    <message>
        <source>Customer: type your PIN to confirm.</source>
        <translation>Клиент: введите свой PIN для подтверждения.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>points, e.g. 500</source>
        <translation>баллы, напр. 500</translation>
    </message>
    <message numerus="yes">
        <source>The card has {points} points to redeem.</source>
        <translation>
            <numerusform>На карте {points} балл для списания.</numerusform>
            <numerusform>На карте {points} балла для списания.</numerusform>
            <numerusform>На карте {points} баллов для списания.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {low} to {high} points; one point is worth {value}.</source>
        <translation>
            <numerusform>От {low} до {high} балла; один балл стоит {value}.</numerusform>
            <numerusform>От {low} до {high} баллов; один балл стоит {value}.</numerusform>
            <numerusform>От {low} до {high} баллов; один балл стоит {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least {low} points are needed to redeem.</source>
        <translation>
            <numerusform>Для списания нужен минимум {low} балл.</numerusform>
            <numerusform>Для списания нужно минимум {low} балла.</numerusform>
            <numerusform>Для списания нужно минимум {low} баллов.</numerusform>
        </translation>
    </message>
    <message>
        <source>amount in {currency}, e.g. {example}</source>
        <translation>сумма в {currency}, напр. {example}</translation>
    </message>
    <message>
        <source>The card has {credit} of credit to spend.</source>
        <translation>На карте {credit} для оплаты.</translation>
    </message>
    <message>
        <source>Up to {credit}.</source>
        <translation>До {credit}.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points = {value}</source>
        <translation>
            <numerusform>{points} балл = {value}</numerusform>
            <numerusform>{points} балла = {value}</numerusform>
            <numerusform>{points} баллов = {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} of credit</source>
        <translation>{credit} с баланса</translation>
    </message>
    <message numerus="yes">
        <source>Redeem {points} points ({value})</source>
        <translation>
            <numerusform>Списать {points} балл ({value})</numerusform>
            <numerusform>Списать {points} балла ({value})</numerusform>
            <numerusform>Списать {points} баллов ({value})</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeem {credit} of credit</source>
        <translation>Списать {credit} с баланса</translation>
    </message>
    <message>
        <source>Checking the PIN with the loyalty server…</source>
        <translation>Проверка PIN на сервере лояльности…</translation>
    </message>
    <message>
        <source>{reason} {needs_server}</source>
        <translation>{reason} {needs_server}</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {points} points may be redeemed on this card now.</source>
        <translation>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} балла.</numerusform>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} баллов.</numerusform>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} баллов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</source>
        <translation>
            <numerusform>чтобы одобрить списание {points} балла ({value}) без PIN клиента, пока нет связи</numerusform>
            <numerusform>чтобы одобрить списание {points} баллов ({value}) без PIN клиента, пока нет связи</numerusform>
            <numerusform>чтобы одобрить списание {points} баллов ({value}) без PIN клиента, пока нет связи</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Оформить возврат (Enter)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Не возвращать (Esc)</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} on receipt {receipt}?</source>
        <translation>Возврат: {what} на {amount}, чек {receipt}. Подтвердить?</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} (no receipt number)?</source>
        <translation>Возврат: {what} на {amount}, без номера чека. Подтвердить?</translation>
    </message>
    <message>
        <source>Refund the {what} on receipt {receipt}?</source>
        <translation>Возврат: {what}, чек {receipt}. Подтвердить?</translation>
    </message>
    <message>
        <source>Refund the {what} (no receipt number)?</source>
        <translation>Возврат: {what}, без номера чека. Подтвердить?</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} credit</source>
        <translation>баланс {credit}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>This changes the card by {change}.</source>
        <translation>Изменение на карте: {change}.</translation>
    </message>
</context>
<context>
    <name>ResetPinScreen</name>
    <message>
        <source>Set your PIN</source>
        <translation>Установка PIN-кода</translation>
    </message>
    <message>
        <source>Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us; with it you choose your PIN.</source>
        <translation>У вашей карты ещё нет PIN-кода. Мы отправим одноразовый код на e-mail или телефон, которые вы нам указали; с ним вы выберете свой PIN-код.</translation>
    </message>
    <message>
        <source>Reset your PIN</source>
        <translation>Сброс PIN-кода</translation>
    </message>
    <message>
        <source>We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Мы отправим одноразовый код на e-mail или телефон, которые вы нам указали; с ним вы выберете новый PIN-код. Так разблокируется и заблокированный PIN-код.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Отправьте мне код</translation>
    </message>
    <message>
        <source>Send me a one-time code</source>
        <translation>Отправьте мне одноразовый код</translation>
    </message>
    <message>
        <source>Pad for the code</source>
        <translation>Клавиатура для кода</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Шаг {number} из {count}</translation>
    </message>
    <message>
        <source>First, a one-time code.</source>
        <translation>Сначала — одноразовый код.</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Введите код, который мы вам отправили.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Введите новый PIN-код.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправляем код…</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Мы отправили код на {address}. Он действует %n минуту.</numerusform>
            <numerusform>Мы отправили код на {address}. Он действует %n минуты.</numerusform>
            <numerusform>Мы отправили код на {address}. Он действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to the e-mail or phone you gave us. It works for %n minutes.</source>
        <translation>
            <numerusform>Мы отправили код на e-mail или телефон, которые вы нам указали. Он действует %n минуту.</numerusform>
            <numerusform>Мы отправили код на e-mail или телефон, которые вы нам указали. Он действует %n минуты.</numerusform>
            <numerusform>Мы отправили код на e-mail или телефон, которые вы нам указали. Он действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Отправить снова (через %n с)</numerusform>
            <numerusform>Отправить снова (через %n с)</numerusform>
            <numerusform>Отправить снова (через %n с)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Отправить код снова</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>Устанавливаем PIN-код…</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Go on where you were?</source>
        <translation>Продолжить с того же места?</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Продолжить (Enter)</translation>
    </message>
    <message>
        <source>An enrolment for {customer} was not finished.</source>
        <translation>Регистрация для {customer} не была завершена.</translation>
    </message>
    <message>
        <source>An enrolment was not finished.</source>
        <translation>Одна регистрация не была завершена.</translation>
    </message>
    <message>
        <source>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</source>
        <translation>Нажмите Enter, чтобы продолжить с того места, где она прервалась (введённое сохранено; пароли и коды нужно ввести заново), или начните заново для другого клиента.</translation>
    </message>
    <message>
        <source>It stopped at the password and the code.</source>
        <translation>Она прервалась на пароле и коде.</translation>
    </message>
    <message>
        <source>It stopped at the customer&apos;s details.</source>
        <translation>Она прервалась на данных клиента.</translation>
    </message>
    <message>
        <source>It stopped at the choice of the PIN.</source>
        <translation>Она прервалась на выборе PIN-кода.</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>баланс {money}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>{operation} ({change})</source>
        <translation>{operation} ({change})</translation>
    </message>
    <message>
        <source>Saved: {operation}, pending sync.</source>
        <translation>Сохранено: {operation}, ожидает синхронизации.</translation>
    </message>
    <message>
        <source>Synced: {operation}.</source>
        <translation>Синхронизировано: {operation}.</translation>
    </message>
    <message>
        <source>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</source>
        <translation>Сервер лояльности отклонил операцию, сохранённую здесь: {reason} Сотрудники увидят её в очереди (F9).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <extracomment>The receipt printer&apos;s settings, shown on their own page.</extracomment>
        <translation>Адрес сервера лояльности:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Ключ API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Номер кампании:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Серийный номер терминала:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Имя пользователя терминала:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Пароль терминала:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Очищать экран клиента через (секунд):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>Страна телефонных номеров:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>PIN-клавиатура:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Оформление:</translation>
    </message>
    <message>
        <source>As the computer&apos;s (light or dark)</source>
        <translation>Как на компьютере (светлое или тёмное)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Чековый принтер:</translation>
    </message>
    <message>
        <source>Paper roll:</source>
        <translation>Рулон бумаги:</translation>
    </message>
    <message>
        <source>Printer model:</source>
        <translation>Модель принтера:</translation>
    </message>
    <message>
        <source>Slip:</source>
        <translation>Квитанция:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (пусто: встроенная песочница)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Перемешивать цифры каждый раз</translation>
    </message>
    <message>
        <source>{width} mm</source>
        <translation>{width} мм</translation>
    </message>
    <message>
        <source>Print it on the receipt printer as soon as it is saved</source>
        <translation>Печатать на чековом принтере сразу после сохранения</translation>
    </message>
    <message>
        <source>Receipt printer…</source>
        <translation>Чековый принтер…</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Проверить связь (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Заданы при запуске приложения и важнее того, что сохранено здесь: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in this computer&apos;s keyring.</source>
        <translation>Оставьте пустыми, чтобы сохранить прежние: они в связке ключей этого компьютера.</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in the settings file only the app&apos;s user can read.</source>
        <translation>Оставьте пустыми, чтобы сохранить прежние: они в файле настроек, доступном только пользователю приложения.</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Оставьте пустым, чтобы работать со встроенной песочницей и демо-данными (без настоящих клиентов).</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 — никогда.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Две буквы, например RU: для телефонных номеров, набранных без +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Против следов пальцев и чужих глаз; клиенту, привыкшему к телефонной раскладке, так набирать дольше.</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer by USB, serial port or network (port 9100).</source>
        <translation>Чековый принтер ESC/POS по USB, последовательному порту или сети (порт 9100).</translation>
    </message>
    <message>
        <source>&quot;default&quot; suits most printers; the model tells whether it prints QR codes itself.</source>
        <translation>&quot;default&quot; подходит большинству принтеров; модель определяет, печатает ли принтер QR-коды сам.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Без адреса вместе с приложением запускается встроенная песочница.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Если указан адрес сервера лояльности, заполните также: {fields}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to go on</source>
        <translation>Войдите, чтобы продолжить</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Продолжить (Enter)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>Signing in as {username}.</source>
        <translation>Вход как {username}.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Saved on this terminal — will sync with the loyalty server.</source>
        <translation>Сохранено на этом терминале — будет синхронизировано с сервером лояльности.</translation>
    </message>
    <message>
        <source>Synced with the loyalty server.</source>
        <translation>Синхронизировано с сервером лояльности.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Печать (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+R)</source>
        <translation>Печать чека (Ctrl+R)</translation>
    </message>
    <message>
        <source>{card} — {name}</source>
        <translation>{card} — {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость баллов</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>by a manager, offline</source>
        <translation>менеджером, без связи</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Баллы сейчас</translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation>Баланс сейчас</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Код операции</translation>
    </message>
    <message>
        <source>{change} (expected)</source>
        <translation>{change} (ожидается)</translation>
    </message>
    <message>
        <source>{balance} ({change} pending sync)</source>
        <translation>{balance} (ждут синхронизации: {change})</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Refused by the loyalty server, nothing was applied: {reason}</source>
        <translation>Отклонено сервером лояльности, ничего не применено: {reason}</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Печать квитанции</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Type the manager PIN to open the staff menu.</source>
        <translation>Введите PIN менеджера, чтобы открыть меню персонала.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN менеджера</translation>
    </message>
    <message>
        <source>Open the staff menu</source>
        <translation>Открыть меню персонала</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Вернуться к покупателям</translation>
    </message>
    <message>
        <source>No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with: kiosk settings manager-pin</source>
        <translation>На этом киоске не задан PIN менеджера, поэтому меню персонала закрыто. Задайте его с рабочего стола командой: kiosk settings manager-pin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Неверный PIN менеджера.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN менеджера: повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Не удалось проверить PIN менеджера; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню персонала</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Перезапустить киоск</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Вернуться к покупателям</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>The loyalty server is in trouble</source>
        <translation>Сервер программы лояльности работает со сбоями</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n операция ждёт синхронизации</numerusform>
            <numerusform>%n операции ждут синхронизации</numerusform>
            <numerusform>%n операций ждут синхронизации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонена</numerusform>
            <numerusform>%n отклонены</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed; the log has the details.</source>
        <translation>Синхронизация не удалась; подробности в журнале.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>Проверку не удалось выполнить; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Регистрация клиента</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Проверить (Enter)</translation>
    </message>
    <message>
        <source>Card number, e-mail or mobile</source>
        <translation>Номер карты, e-mail или мобильный</translation>
    </message>
    <message>
        <source>The customer&apos;s card number, e-mail or mobile number:</source>
        <translation>Номер карты, e-mail или мобильный телефон клиента:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (or the number of a card you were given):</source>
        <translation>Ваш e-mail или номер мобильного (или номер выданной вам карты):</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>name@example.com или 333 123 4567</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message numerus="yes">
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <extracomment>How long the question waits for an answer (WCAG 2.2.1: at least 20 s is asked only of what cannot be extended; here &quot;Yes&quot; extends it, as often as the customer likes).</extracomment>
        <translation>
            <numerusform>Ради вашей конфиденциальности экран будет очищен через %n секунду.</numerusform>
            <numerusform>Ради вашей конфиденциальности экран будет очищен через %n секунды.</numerusform>
            <numerusform>Ради вашей конфиденциальности экран будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>Да, я здесь</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here: more time</source>
        <translation>Да, я здесь: ещё время</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <source>Shops</source>
        <extracomment>The nearest shop this close to the kiosk&apos;s position is the shop the kiosk stands in.</extracomment>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>This shop and the shops nearest to it. Tap “My shop” on the ones you use most.</source>
        <translation>Этот магазин и ближайшие к нему. Нажмите «Мой магазин» у тех, где вы бываете чаще всего.</translation>
    </message>
    <message>
        <source>Looking for the shops…</source>
        <translation>Ищем магазины…</translation>
    </message>
    <message>
        <source>To show the shops near here, this kiosk needs your consent to the use of your position. You can give it in “My details”.</source>
        <translation>Чтобы показать магазины поблизости, киоску нужно ваше согласие на использование местоположения. Его можно дать в разделе «Мои данные».</translation>
    </message>
    <message>
        <source>This kiosk does not know where it stands, so it cannot list the shops near here.</source>
        <translation>Киоск не знает, где он находится, поэтому не может показать магазины поблизости.</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>Ваши магазины</translation>
    </message>
    <message>
        <source>You have not chosen a shop of your own yet.</source>
        <translation>Вы ещё не выбрали свой магазин.</translation>
    </message>
    <message>
        <source>➤ This shop</source>
        <translation>➤ Этот магазин</translation>
    </message>
    <message>
        <source>{address}, {city}</source>
        <translation>{address}, {city}</translation>
    </message>
    <message>
        <source>{distance} m away</source>
        <translation>{distance} м отсюда</translation>
    </message>
    <message>
        <source>{distance} km away</source>
        <translation>{distance} км отсюда</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Мой магазин</translation>
    </message>
    <message>
        <source>My shop: {name}, chosen</source>
        <translation>Мой магазин: {name}, выбран</translation>
    </message>
    <message>
        <source>My shop: {name}, not chosen</source>
        <translation>Мой магазин: {name}, не выбран</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Credit top-up</source>
        <translation>Пополнение баланса</translation>
    </message>
    <message>
        <source>Top up (Enter)</source>
        <translation>Пополнить (Enter)</translation>
    </message>
    <message>
        <source>Credit now: {credit}</source>
        <translation>Баланс сейчас: {credit}</translation>
    </message>
    <message>
        <source>Add credit ({currency}):</source>
        <translation>Сумма пополнения ({currency}):</translation>
    </message>
    <message>
        <source>Credit after the top-up: {credit}</source>
        <translation>Баланс после пополнения: {credit}</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <source>Use a voucher</source>
        <translation>Использовать купон</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s QR code or type its code</source>
        <translation>Отсканируйте QR-код купона или введите его код</translation>
    </message>
    <message>
        <source>Use it (Enter)</source>
        <translation>Использовать (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Voucher code:</source>
        <translation>Код купона:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Номер чека:</translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation>Проверка купона…</translation>
    </message>
    <message>
        <source>{title}: {money} off</source>
        <translation>{title}: скидка {money}</translation>
    </message>
    <message>
        <source>{title}: {percent}% off</source>
        <translation>{title}: скидка {percent}%</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Действует до {date}.</translation>
    </message>
    <message>
        <source>Using the voucher…</source>
        <translation>Использование купона…</translation>
    </message>
</context>
<context>
    <name>VoucherQrCode</name>
    <message>
        <source>Voucher QR code</source>
        <extracomment>The QR code of a voucher is at least this wide (mm): a till&apos;s scanner reads it off the glass. Round amounts of points offered for a voucher (the campaign&apos;s minimum is always one of the choices). At most this many amounts to choose from.</extracomment>
        <translation>QR-код купона</translation>
    </message>
    <message>
        <source>QR code of voucher {code}</source>
        <translation>QR-код купона {code}</translation>
    </message>
</context>
<context>
    <name>VouchersScreen</name>
    <message>
        <source>My vouchers</source>
        <translation>Мои купоны</translation>
    </message>
    <message>
        <source>Your vouchers: show the code or its QR code at the till</source>
        <translation>Ваши купоны: покажите код или его QR-код на кассе</translation>
    </message>
    <message>
        <source>✓ Your new voucher is ready: it is in the list below.</source>
        <translation>✓ Ваш новый купон готов: он в списке ниже.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it was, it shows below. Your points are never taken twice.</source>
        <translation>Ответ потерялся по дороге. Киоск выясняет, был ли создан ваш купон: если да, он появится ниже. Баллы никогда не списываются дважды.</translation>
    </message>
    <message>
        <source>Looking for your vouchers…</source>
        <translation>Ищем ваши купоны…</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>У вас {points} балл</numerusform>
            <numerusform>У вас {points} балла</numerusform>
            <numerusform>У вас {points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn points into a voucher: choose how many.</source>
        <translation>Обменяйте баллы на купон: выберите сколько.</translation>
    </message>
    <message>
        <source>A voucher takes at least {points} points: keep collecting!</source>
        <translation>Для купона нужно баллов не меньше чем {points}: продолжайте копить!</translation>
    </message>
    <message>
        <source>{points} points → {money}</source>
        <translation>Баллы: {points} → {money}</translation>
    </message>
    <message>
        <source>Turn {points} points into a voucher worth {money}</source>
        <translation>Обменять баллы ({points}) на купон на {money}</translation>
    </message>
    <message>
        <source>You have no vouchers yet.</source>
        <translation>У вас пока нет купонов.</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Условия: {terms}</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Код: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print voucher {code}</source>
        <translation>Распечатать купон {code}</translation>
    </message>
    <message>
        <source>Worth {money}</source>
        <translation>Номинал {money}</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>Скидка {percent}%</translation>
    </message>
    <message>
        <source>Used on {date}</source>
        <translation>Использован {date}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использован</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Истёк {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>✓ Active: use it by {date}</source>
        <translation>✓ Действует: используйте до {date}</translation>
    </message>
    <message>
        <source>✓ Active: it does not expire</source>
        <translation>✓ Действует: без срока действия</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
    <message>
        <source>The reason was not recorded.</source>
        <translation>Причина не была записана.</translation>
    </message>
    <message>
        <source>nothing could be read.</source>
        <translation>ничего не удалось прочитать.</translation>
    </message>
    <message>
        <source>the kiosk cannot use it.</source>
        <translation>киоск не может её использовать.</translation>
    </message>
    <message>
        <source>this operation was NOT saved.</source>
        <translation>эта операция НЕ сохранена.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>окружение</translation>
    </message>
    <message>
        <source>in {file}</source>
        <translation>в {file}</translation>
    </message>
    <message>
        <source>flag {flag}</source>
        <translation>параметр {flag}</translation>
    </message>
    <message>
        <source>to be saved</source>
        <translation>для сохранения</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>the api key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <source>the campaign number</source>
        <translation>номер кампании</translation>
    </message>
    <message>
        <source>the terminal&apos;s user name</source>
        <translation>имя пользователя терминала</translation>
    </message>
    <message>
        <source>the terminal&apos;s password</source>
        <translation>пароль терминала</translation>
    </message>
    <message>
        <source>the terminal&apos;s serial number</source>
        <translation>серийный номер терминала</translation>
    </message>
    <message>
        <source>Fill in first: {names}.</source>
        <translation>Сначала заполните: {names}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не прошла</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>This operation has changed meanwhile: nothing was changed.</source>
        <translation>Эта операция тем временем изменилась: ничего не изменено.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} или {other}</translation>
    </message>
    <message>
        <source>This operation is {state}, not {wanted}: nothing was changed.</source>
        <translation>Эта операция сейчас в состоянии «{state}», а не «{wanted}»: ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password needs a letter and a digit.</source>
        <translation>Пароль должен содержать букву и цифру.</translation>
    </message>
    <message>
        <source>The password needs a letter.</source>
        <translation>Пароль должен содержать букву.</translation>
    </message>
    <message>
        <source>The password needs a digit.</source>
        <translation>Пароль должен содержать цифру.</translation>
    </message>
    <message>
        <source>The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal&apos;s user, password, serial number and api key in the settings.</source>
        <translation>Терминал не смог войти на сервер лояльности: попросите управляющего магазином проверить в настройках пользователя, пароль, серийный номер и ключ API терминала.</translation>
    </message>
    <message>
        <source>The user name or password is not right: ask the customer to type them again.</source>
        <translation>Неверное имя пользователя или пароль: попросите клиента ввести их ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the loyalty server had to be renewed and failed: try again.</source>
        <translation>Соединение с сервером лояльности нужно было обновить, но не получилось: попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The customer&apos;s session has expired: ask the customer to sign in again.</source>
        <translation>Сеанс клиента истёк: попросите клиента войти снова.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to do that on the loyalty server: call support.</source>
        <translation>Этому терминалу это не разрешено на сервере лояльности: обратитесь в поддержку.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Слишком много попыток: подождите %n секунду и попробуйте снова.</numerusform>
            <numerusform>Слишком много попыток: подождите %n секунды и попробуйте снова.</numerusform>
            <numerusform>Слишком много попыток: подождите %n секунд и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait a while, then try again.</source>
        <translation>Слишком много попыток: подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>The loyalty server refused the value of “{field}”: check it and try again.</source>
        <translation>Сервер программы лояльности отклонил значение «{field}»: проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The loyalty server refused what was sent: check what was entered and try again.</source>
        <translation>Сервер программы лояльности отклонил отправленные данные: проверьте введённое и попробуйте снова.</translation>
    </message>
    <message>
        <source>This card is not known to the loyalty program: scan it again or check the number.</source>
        <translation>Эта карта не найдена в программе лояльности: отсканируйте её ещё раз или проверьте номер.</translation>
    </message>
    <message>
        <source>This card is blocked or was replaced: ask the customer for their current card.</source>
        <translation>Эта карта заблокирована или заменена: попросите у клиента действующую карту.</translation>
    </message>
    <message>
        <source>That new card number is already in use: take another new card.</source>
        <translation>Номер новой карты уже используется: возьмите другую новую карту.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is not right (%n tries left): ask the customer to type it again.</source>
        <translation>
            <numerusform>Неверный PIN (осталась %n попытка): попросите клиента ввести его ещё раз.</numerusform>
            <numerusform>Неверный PIN (осталось %n попытки): попросите клиента ввести его ещё раз.</numerusform>
            <numerusform>Неверный PIN (осталось %n попыток): попросите клиента ввести его ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is not right: ask the customer to type it again.</source>
        <translation>Неверный PIN: попросите клиента ввести его ещё раз.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: the customer must reset it before redeeming.</source>
        <translation>PIN заблокирован после слишком многих неверных попыток: клиент должен сбросить его, прежде чем списывать.</translation>
    </message>
    <message>
        <source>This card already has a PIN: the customer must type the current PIN to choose a new one.</source>
        <translation>У этой карты уже есть PIN: чтобы выбрать новый, клиент должен ввести текущий.</translation>
    </message>
    <message>
        <source>There are not enough points on the card: check the balance and use fewer points.</source>
        <translation>На карте недостаточно баллов: проверьте баланс и спишите меньше баллов.</translation>
    </message>
    <message>
        <source>There is not enough credit on the card: check the balance and use less credit.</source>
        <translation>На балансе карты недостаточно средств: проверьте баланс и спишите меньше.</translation>
    </message>
    <message>
        <source>This campaign does not allow this redemption without the customer&apos;s PIN: it is beyond what may be redeemed offline.</source>
        <translation>Эта кампания не разрешает такое списание без PIN клиента: это больше, чем можно списать без связи.</translation>
    </message>
    <message>
        <source>This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.</source>
        <translation>У этого клиента не указаны e-mail или телефон, поэтому PIN здесь не сбросить: сначала клиент должен добавить их в свой профиль.</translation>
    </message>
    <message>
        <source>The code is not right: check it and type it again.</source>
        <translation>Неверный код: проверьте его и введите ещё раз.</translation>
    </message>
    <message>
        <source>The code has expired or was already used: ask for a new code.</source>
        <translation>Срок действия кода истёк или он уже использован: запросите новый код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries or codes: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Слишком много попыток или кодов: подождите %n секунду и попробуйте снова.</numerusform>
            <numerusform>Слишком много попыток или кодов: подождите %n секунды и попробуйте снова.</numerusform>
            <numerusform>Слишком много попыток или кодов: подождите %n секунд и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries or codes: wait a while, then ask for a new code.</source>
        <translation>Слишком много попыток или кодов: подождите немного и запросите новый код.</translation>
    </message>
    <message>
        <source>No customer was found: sign up as a new customer.</source>
        <translation>Клиент не найден: зарегистрируйтесь как новый клиент.</translation>
    </message>
    <message>
        <source>This customer is already registered: sign in instead.</source>
        <translation>Этот клиент уже зарегистрирован: войдите в систему.</translation>
    </message>
    <message>
        <source>The loyalty server has no record of this operation: it was not applied.</source>
        <translation>На сервере лояльности нет записи об этой операции: она не выполнена.</translation>
    </message>
    <message>
        <source>This operation was already sent with different details: call support.</source>
        <translation>Эта операция уже была отправлена с другими данными: обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The loyalty server is still working on this operation: wait a moment and check again.</source>
        <translation>Сервер программы лояльности ещё обрабатывает эту операцию: подождите немного и проверьте снова.</translation>
    </message>
    <message>
        <source>This movement cannot be reversed: it was already reversed or is itself a reversal.</source>
        <translation>Эту операцию нельзя отменить: она уже отменена или сама является отменой.</translation>
    </message>
    <message>
        <source>The movement to reverse is not known to the loyalty server: check the card&apos;s history.</source>
        <translation>Операция для отмены неизвестна серверу лояльности: проверьте историю карты.</translation>
    </message>
    <message>
        <source>This voucher code is not known: check it and type it again.</source>
        <translation>Этот код купона неизвестен: проверьте его и введите ещё раз.</translation>
    </message>
    <message>
        <source>This voucher was already used.</source>
        <translation>Этот купон уже использован.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Срок действия этого купона истёк.</translation>
    </message>
    <message>
        <source>That is fewer points than a voucher takes: choose more points.</source>
        <translation>Этого мало для купона: выберите больше баллов.</translation>
    </message>
    <message>
        <source>This prize is no longer in the catalogue.</source>
        <translation>Этого приза больше нет в каталоге.</translation>
    </message>
    <message>
        <source>This prize has just run out: choose another one. No points were spent.</source>
        <translation>Этот приз только что закончился: выберите другой. Баллы не списаны.</translation>
    </message>
    <message>
        <source>To have the prize sent, give the address to send it to.</source>
        <translation>Чтобы получить приз доставкой, укажите адрес доставки.</translation>
    </message>
    <message>
        <source>This prize request is not known.</source>
        <translation>Такой заявки на приз нет.</translation>
    </message>
    <message>
        <source>This prize is already being prepared, so the request can no longer be cancelled.</source>
        <translation>Этот приз уже готовят, поэтому заявку больше нельзя отменить.</translation>
    </message>
    <message>
        <source>This game is over or not open yet.</source>
        <translation>Эта игра закончилась или ещё не началась.</translation>
    </message>
    <message>
        <source>You have no plays left in this game.</source>
        <translation>У вас не осталось попыток в этой игре.</translation>
    </message>
    <message>
        <source>This news item is no longer available.</source>
        <translation>Эта новость больше недоступна.</translation>
    </message>
    <message>
        <source>This message is no longer available.</source>
        <translation>Это сообщение больше недоступно.</translation>
    </message>
    <message>
        <source>This shop is no longer in the list.</source>
        <translation>Этого магазина больше нет в списке.</translation>
    </message>
    <message>
        <source>To see the shops near here, first allow the use of your position in My details.</source>
        <translation>Чтобы увидеть магазины поблизости, сначала разрешите использовать ваше местоположение в разделе «Мои данные».</translation>
    </message>
    <message>
        <source>The password is not right: type your current password again.</source>
        <translation>Неверный пароль: введите текущий пароль ещё раз.</translation>
    </message>
    <message>
        <source>This account has no password: it was opened with the card only. Confirm with your PIN instead.</source>
        <translation>У этой учётной записи нет пароля: она открыта только по карте. Подтвердите ПИН-кодом.</translation>
    </message>
    <message numerus="yes">
        <source>The loyalty server has a problem: try again in %n seconds.</source>
        <translation>
            <numerusform>На сервере лояльности неполадка: попробуйте снова через %n секунду.</numerusform>
            <numerusform>На сервере лояльности неполадка: попробуйте снова через %n секунды.</numerusform>
            <numerusform>На сервере лояльности неполадка: попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server has a problem: try again in a moment.</source>
        <translation>На сервере лояльности неполадка: попробуйте снова чуть позже.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.</source>
        <translation>Сервер программы лояльности отклонил запрос (ошибка {code}): попробуйте снова, а если повторится — обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request: try again, and call support if it keeps happening.</source>
        <translation>Сервер программы лояльности отклонил запрос: попробуйте снова, а если повторится — обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the network and try again.</source>
        <translation>Сервер программы лояльности недоступен: проверьте сеть и попробуйте снова.</translation>
    </message>
    <message>
        <source>The loyalty server did not answer: the operation may have gone through, so check it before doing it again.</source>
        <translation>Сервер программы лояльности не ответил: операция могла пройти, поэтому проверьте её, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.</source>
        <translation>Сервер программы лояльности прислал ответ, который терминал не может прочитать: попробуйте снова, а если повторится — обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The terminal&apos;s loyalty sign-in is not set up: ask the shop manager to enter it in the settings.</source>
        <translation>Вход терминала в программу лояльности не настроен: попросите управляющего магазином указать его в настройках.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full: {outcome} Free some space and try again.</source>
        <translation>Диск терминала заполнен: {outcome} Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is read-only: {outcome} Check that the kiosk may write its data folder and that the disk has not switched to read-only.</source>
        <translation>База данных терминала доступна только для чтения: {outcome} Проверьте, что киоск может записывать в свою папку данных и что диск не перешёл в режим только для чтения.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database stayed locked by another kiosk program for too long: {outcome} Try again; if it keeps happening, restart the terminal.</source>
        <translation>База данных терминала слишком долго занята другой программой киоска: {outcome} Попробуйте снова; если повторится, перезапустите терминал.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: nothing was saved, and nothing will be until it is repaired. Run `kiosk store check` to see what is wrong and which backups there are, then `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file.</source>
        <translation>База данных терминала повреждена: ничего не сохранено и не будет сохраняться, пока её не восстановят. Выполните `kiosk store check`, чтобы увидеть, что не так и какие есть резервные копии, затем `kiosk store restore BACKUP` с самой свежей исправной; или обратитесь в поддержку. Не удаляйте файл.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database cannot be opened: check that its data folder exists and may be written.</source>
        <translation>Не удаётся открыть базу данных терминала: проверьте, что папка данных существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk reported an error: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>Диск терминала сообщил об ошибке: {outcome} Попробуйте снова; если повторится, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database failed unexpectedly: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>В базе данных терминала произошёл непредвиденный сбой: {outcome} Попробуйте снова; если повторится, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>This operation was already saved once: it was not saved again.</source>
        <translation>Эта операция уже была сохранена: повторно она не сохранена.</translation>
    </message>
    <message>
        <source>This operation is not in the terminal&apos;s queue.</source>
        <translation>Этой операции нет в очереди терминала.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database was written by a newer kiosk program: install the newer program. The database was not changed.</source>
        <translation>База данных терминала записана более новой версией программы киоска: установите новую версию. База данных не изменена.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database could not be backed up before its upgrade, so it was not upgraded: check that the disk has space and the data folder may be written.</source>
        <translation>Не удалось сделать резервную копию базы данных терминала перед обновлением, поэтому она не обновлена: проверьте, что на диске есть место и папка данных доступна для записи.</translation>
    </message>
    <message>
        <source>There is no backup file {backup}: nothing was changed.</source>
        <translation>Файла резервной копии {backup} нет: ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too: nothing was changed. Choose an older one.</source>
        <translation>Резервная копия {backup} тоже повреждена: ничего не изменено. Выберите более старую.</translation>
    </message>
    <message>
        <source>Another kiosk program is using this database now: stop it first. Nothing was changed.</source>
        <translation>Эту базу данных сейчас использует другая программа киоска: сначала остановите её. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Попробуйте снова.</translation>
    </message>
    <message>
        <source>Nothing was redeemed.</source>
        <translation>Ничего не списано.</translation>
    </message>
    <message>
        <source>Nothing was redeemed. Try again.</source>
        <translation>Ничего не списано. Попробуйте снова.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty server…</source>
        <translation>Подключение к серверу лояльности…</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The amount is too large for one purchase.</source>
        <translation>Сумма слишком велика для одной покупки.</translation>
    </message>
    <message>
        <source>That is not an amount of money: write it with digits, like {example} or {example_cents}.</source>
        <translation>Это не денежная сумма: введите её цифрами, например {example} или {example_cents}.</translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation>В сумме больше двух знаков после запятой.</translation>
    </message>
    <message>
        <source>The points must be more than zero.</source>
        <translation>Количество баллов должно быть больше нуля.</translation>
    </message>
    <message>
        <source>That number of points is too large.</source>
        <translation>Слишком большое количество баллов.</translation>
    </message>
    <message>
        <source>That is not a number of points: points are whole numbers written with digits, like 500 or {example}.</source>
        <translation>Это не количество баллов: баллы — целые числа, записанные цифрами, например 500 или {example}.</translation>
    </message>
    <message>
        <source>The top-up must be more than zero.</source>
        <translation>Сумма пополнения должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n points must be redeemed at a time.</source>
        <translation>
            <numerusform>За один раз нужно списать не меньше %n балла.</numerusform>
            <numerusform>За один раз нужно списать не меньше %n баллов.</numerusform>
            <numerusform>За один раз нужно списать не меньше %n баллов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem ({waiting} more are still waiting to reach the loyalty server).</source>
        <translation>Баллов для списания на карте: только {available} (ещё {waiting} пока в пути на сервер лояльности).</translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem.</source>
        <translation>Баллов для списания на карте: только {available}.</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend (more is still waiting to reach the loyalty server).</source>
        <translation>На карте можно потратить только {money} (ещё часть пока не дошла до сервера лояльности).</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend.</source>
        <translation>На карте можно потратить только {money}.</translation>
    </message>
    <message>
        <source>The campaign&apos;s rules are not known on this terminal yet: points cannot be redeemed.</source>
        <translation>Правила кампании этому терминалу ещё неизвестны: баллы списать нельзя.</translation>
    </message>
    <message>
        <source>“{text}” is not a card number.</source>
        <translation>«{text}» — это не номер карты.</translation>
    </message>
    <message>
        <source>Card number {card} is not valid (wrong check digit): scan it again or check the digits.</source>
        <translation>Номер карты {card} недействителен (неверная контрольная цифра): отсканируйте ещё раз или проверьте цифры.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» — это не адрес электронной почты.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — это не номер телефона.</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone.</source>
        <translation>Отсканируйте карту или введите номер карты, e-mail или телефон.</translation>
    </message>
    <message>
        <source>“{text}” is neither a card number, an e-mail nor a phone number.</source>
        <translation>«{text}» — это не номер карты, не e-mail и не номер телефона.</translation>
    </message>
    <message>
        <source>Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card number.</source>
        <translation>Номер карты {card} — недействительный EAN-13 (13 цифр с правильной контрольной цифрой): проверьте номер карты.</translation>
    </message>
    <message>
        <source>Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits or signs, without accents.</source>
        <translation>Номер карты «{card}» нельзя показать штрихкодом Code 128: нужно от 1 до {longest} латинских букв, цифр или знаков.</translation>
    </message>
    <message>
        <source>Card format {format} is not one this terminal can draw: check the campaign&apos;s card format.</source>
        <translation>Этот терминал не умеет рисовать формат карты {format}: проверьте формат карты в кампании.</translation>
    </message>
    <message>
        <source>There is no card number to show as a QR code.</source>
        <translation>Нет номера карты для показа в виде QR-кода.</translation>
    </message>
    <message>
        <source>This card number is too long for a QR code.</source>
        <translation>Этот номер карты слишком длинный для QR-кода.</translation>
    </message>
    <message>
        <source>Card {card} was replaced by card {new_card}: use the new card.</source>
        <translation>Карта {card} заменена картой {new_card}: используйте новую карту.</translation>
    </message>
    <message>
        <source>Card {card} was replaced: use the new card.</source>
        <translation>Карта {card} заменена: используйте новую карту.</translation>
    </message>
    <message>
        <source>Card {card} is blocked: nothing can be earned, redeemed or refunded on it.</source>
        <translation>Карта {card} заблокирована: по ней нельзя начислять, списывать и возвращать.</translation>
    </message>
    <message>
        <source>Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline.</source>
        <translation>Карта {card} ещё не проверена на сервере лояльности: без связи с ней ничего нельзя сделать.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this e-mail address: check the spelling.</source>
        <translation>Ни одна карта программы лояльности не привязана к этому e-mail: проверьте написание.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this phone number: check the digits.</source>
        <translation>Ни одна карта программы лояльности не привязана к этому номеру телефона: проверьте цифры.</translation>
    </message>
    <message>
        <source>No loyalty API is configured.</source>
        <translation>Сервер программы лояльности не настроен.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched.</source>
        <translation>Терминал пока не может искать по e-mail или телефону без связи: справочник карт ещё ни разу не загружался.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline until it has fetched the campaign again; search by card number.</source>
        <translation>Терминал не сможет искать по e-mail или телефону без связи, пока снова не загрузит кампанию; ищите по номеру карты.</translation>
    </message>
    <message>
        <source>The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline yet; search by card number.</source>
        <translation>Терминал заново загружает справочник карт, поэтому без связи карта может пока не найтись по e-mail или телефону; ищите по номеру карты.</translation>
    </message>
    <message>
        <source>No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known).</source>
        <translation>На этом терминале карта не найдена (сервер лояльности недоступен, поэтому известны только карты, встречавшиеся раньше).</translation>
    </message>
    <message>
        <source>No card found on this terminal.</source>
        <translation>На этом терминале карта не найдена.</translation>
    </message>
    <message>
        <source>The campaign has no card category: a new card cannot be issued here.</source>
        <translation>В кампании нет категории карт: выпустить новую карту здесь нельзя.</translation>
    </message>
    <message>
        <source>A new card needs the loyalty server, which cannot be reached now: try again later.</source>
        <translation>Для новой карты нужен сервер лояльности, а он сейчас недоступен: попробуйте позже.</translation>
    </message>
    <message>
        <source>Look up a customer first.</source>
        <translation>Сначала найдите клиента.</translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Укажите номер чека.</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number must be at most %n plain characters.</source>
        <translation>
            <numerusform>Номер чека может содержать не более %n простого символа.</numerusform>
            <numerusform>Номер чека может содержать не более %n простых символов.</numerusform>
            <numerusform>Номер чека может содержать не более %n простых символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign does not allow earning points without the loyalty API.</source>
        <translation>Эта кампания не разрешает начислять баллы без сервера лояльности.</translation>
    </message>
    <message>
        <source>This operation has not reached the loyalty server yet: it cannot be refunded now.</source>
        <translation>Эта операция ещё не дошла до сервера лояльности: вернуть её сейчас нельзя.</translation>
    </message>
    <message>
        <source>This movement was already refunded, or is itself a refund.</source>
        <translation>По этой операции уже сделан возврат, или она сама является возвратом.</translation>
    </message>
    <message>
        <source>A refund of this movement is already saved and waiting to sync.</source>
        <translation>Возврат по этой операции уже сохранён и ждёт отправки.</translation>
    </message>
    <message>
        <source>Credit can only be spent with the loyalty server: it cannot be reached now.</source>
        <translation>Средства можно потратить только через сервер лояльности, а он сейчас недоступен.</translation>
    </message>
    <message>
        <source>This campaign does not allow redeeming without the loyalty server: it cannot be reached now.</source>
        <translation>Эта кампания не разрешает списание без сервера лояльности, а он сейчас недоступен.</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hours): redeem fewer, or wait for the connection.</source>
        <translation>
            <numerusform>Без сервера лояльности здесь ещё можно списать баллов: не больше {room} (лимит кампании за %n час): спишите меньше или дождитесь связи.</numerusform>
            <numerusform>Без сервера лояльности здесь ещё можно списать баллов: не больше {room} (лимит кампании за %n часа): спишите меньше или дождитесь связи.</numerusform>
            <numerusform>Без сервера лояльности здесь ещё можно списать баллов: не больше {room} (лимит кампании за %n часов): спишите меньше или дождитесь связи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed.</source>
        <translation>Списано.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer.</source>
        <translation>PIN заблокирован после слишком многих неверных попыток. Ничего не списано. Сбросьте PIN с помощью кода, отправленного клиенту.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: reset it with a code.</source>
        <translation>PIN заблокирован после слишком многих неверных попыток: сбросьте его с помощью кода.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Текущий PIN неверный. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Текущий PIN неверный. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Текущий PIN неверный. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>Текущий PIN неверный.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now.</source>
        <translation>Сервер программы лояльности сейчас недоступен.</translation>
    </message>
    <message>
        <source>Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now. Nothing was changed: try again when the link is back.</source>
        <translation>Для блокировки, разблокировки или замены карты нужен сервер программы лояльности, а он сейчас недоступен. Ничего не изменено: повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <source>A voucher can be checked and used only with the loyalty server, which cannot be reached now. Do not take it off the bill: try again when the link is back.</source>
        <translation>Купон можно проверить и использовать только через сервер программы лояльности, а он сейчас недоступен. Не вычитайте его из счёта: повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes.</source>
        <translation>Для входа нужен сервер программы лояльности, но сейчас он недоступен. Отсканируйте карту, чтобы увидеть её коды.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>Вы вышли из системы. Войдите снова.</translation>
    </message>
    <message>
        <source>The loyalty server&apos;s answer was lost: the terminal is finding out whether it was redeemed. Do not hand anything over until it shows.</source>
        <translation>Ответ сервера лояльности потерян: терминал выясняет, прошло ли списание. Ничего не выдавайте, пока не появится результат.</translation>
    </message>
    <message>
        <source>The loyalty server refused it.</source>
        <translation>Сервер программы лояльности её отклонил.</translation>
    </message>
    <message>
        <source>The counter is still completing this redemption.</source>
        <translation>Касса ещё завершает это списание.</translation>
    </message>
    <message>
        <source>This redemption needs the customer&apos;s PIN, which the terminal never keeps: nothing was redeemed; ask the customer to redeem again.</source>
        <translation>Для этого списания нужен PIN клиента, а терминал его никогда не хранит: ничего не списано; попросите клиента повторить списание.</translation>
    </message>
    <message>
        <source>This operation was saved incomplete and cannot be sent: discard it and enter it again.</source>
        <translation>Эта операция сохранена не полностью и не может быть отправлена: удалите её и введите заново.</translation>
    </message>
    <message>
        <source>Type your e-mail address or mobile number.</source>
        <translation>Введите свой e-mail или номер мобильного телефона.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>«{text}» — это не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Выберите «да» или «нет».</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Обязательное поле: {label}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation>Пароли не совпадают: введите их ещё раз.</translation>
    </message>
    <message>
        <source>Type your password again, then ask for the code.</source>
        <translation>Введите пароль ещё раз, затем запросите код.</translation>
    </message>
    <message>
        <source>Welcome back: type your password to go on.</source>
        <translation>С возвращением! Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>This customer is already registered: they sign in with their e-mail or phone and password.</source>
        <translation>Этот клиент уже зарегистрирован: он входит по e-mail или телефону и паролю.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready, with the PIN it already had: keep using it.</source>
        <translation>Добро пожаловать! Карта готова, PIN остался прежним: пользуйтесь им и дальше.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready: scan it at every purchase.</source>
        <translation>Добро пожаловать! Карта готова: показывайте её при каждой покупке.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost.</source>
        <translation>Сервер программы лояльности недоступен: проверьте подключение и попробуйте снова. Введённое не потеряется.</translation>
    </message>
    <message>
        <source>Some answers need a look: see the fields marked.</source>
        <translation>Некоторые ответы нужно проверить: посмотрите отмеченные поля.</translation>
    </message>
    <message>
        <source>Correct the address, then ask for the code again.</source>
        <translation>Исправьте адрес и снова запросите код.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>That password is not right: try again.</source>
        <translation>Пароль неверный: попробуйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n s.</source>
        <translation>
            <numerusform>Новый код можно отправить через %n с.</numerusform>
            <numerusform>Новый код можно отправить через %n с.</numerusform>
            <numerusform>Новый код можно отправить через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>В коде %n цифра.</numerusform>
            <numerusform>В коде %n цифры.</numerusform>
            <numerusform>В коде %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new code.</source>
        <translation>Слишком много неверных кодов: отправьте новый код.</translation>
    </message>
    <message>
        <source>The code has expired: send a new code.</source>
        <translation>Срок действия кода истёк: отправьте новый код.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right: %n tries left.</source>
        <translation>
            <numerusform>Код неверный: осталась %n попытка.</numerusform>
            <numerusform>Код неверный: осталось %n попытки.</numerusform>
            <numerusform>Код неверный: осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the e-mail).</source>
        <translation>
            <numerusform>Код из %n цифры отправлен на {address}: введите его здесь (посмотрите в почте).</numerusform>
            <numerusform>Код из %n цифр отправлен на {address}: введите его здесь (посмотрите в почте).</numerusform>
            <numerusform>Код из %n цифр отправлен на {address}: введите его здесь (посмотрите в почте).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</source>
        <translation>
            <numerusform>Код из %n цифры отправлен на {address}: введите его здесь (посмотрите в сообщениях на телефоне).</numerusform>
            <numerusform>Код из %n цифр отправлен на {address}: введите его здесь (посмотрите в сообщениях на телефоне).</numerusform>
            <numerusform>Код из %n цифр отправлен на {address}: введите его здесь (посмотрите в сообщениях на телефоне).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many codes were sent to this address: try again later, or use another one.</source>
        <translation>На этот адрес отправлено слишком много кодов: попробуйте позже или используйте другой.</translation>
    </message>
    <message>
        <source>This e-mail or phone is already someone&apos;s sign-in: use another one.</source>
        <translation>Этот e-mail или телефон уже используется для входа другим человеком: укажите другой.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits.</source>
        <translation>
            <numerusform>В PIN %n цифра.</numerusform>
            <numerusform>В PIN %n цифры.</numerusform>
            <numerusform>В PIN %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN must be {low} to {high} digits.</source>
        <translation>PIN менеджера должен содержать от {low} до {high} цифр.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type them again.</source>
        <translation>PIN-коды не совпадают: введите их ещё раз.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: nothing was saved.</source>
        <translation>PIN-коды не совпадают: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <translation>Для списания нужна связь с сервером лояльности, а он сейчас недоступен.</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was redeemed.</source>
        <translation>PIN не введён. Ничего не списано.</translation>
    </message>
    <message>
        <source>The customer&apos;s PIN is digits only: nothing was redeemed.</source>
        <translation>PIN клиента состоит только из цифр: ничего не списано.</translation>
    </message>
    <message>
        <source>No value was given for {name}: nothing was saved.</source>
        <translation>Значение для {name} не указано: ничего не сохранено.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be true or false, not “{raw}”.</source>
        <translation>{env} ({source}) должно быть true или false, а не «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a whole number.</source>
        <translation>{env} ({source}) должно быть целым числом.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be {minimum} or more, not {number}.</source>
        <translation>{env} ({source}) должно быть не меньше {minimum}, а не {number}.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a number, not “{raw}”.</source>
        <translation>{env} ({source}) должно быть числом, а не «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be more than zero.</source>
        <translation>{env} ({source}) должно быть больше нуля.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be text.</source>
        <translation>{env} ({source}) должно быть текстом.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be one of {choices}, not “{raw}”.</source>
        <translation>{env} ({source}) должно быть одним из: {choices}, а не «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”.</source>
        <translation>{env} ({source}) должен быть пустым или числом от {lowest} до {highest}, а не «{raw}».</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read (at {where}).</source>
        <translation>Не удаётся прочитать файл настроек {path} (в {where}).</translation>
    </message>
    <message>
        <source>The settings file {path} names an unknown setting “{key}”.</source>
        <translation>В файле настроек {path} указана неизвестная настройка «{key}».</translation>
    </message>
    <message>
        <source>{name} is a secret: give it by {env} or in {file}.</source>
        <translation>{name} — секретный параметр: задайте его через {env} или в {file}.</translation>
    </message>
    <message>
        <source>There is no setting “{name}”.</source>
        <translation>Настройки «{name}» не существует.</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path} ({detail}); the previous settings still apply.</source>
        <translation>Не удалось сохранить настройки в {path} ({detail}); действуют прежние настройки.</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used.</source>
        <translation>Новые настройки сохранены, но их нельзя применить.</translation>
    </message>
    <message>
        <source>The loyalty server address must not hold a user name or password: put them in the terminal&apos;s own settings.</source>
        <translation>Адрес сервера лояльности не должен содержать имя пользователя или пароль: укажите их в настройках терминала.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (https://...).</source>
        <translation>«{url}» — это не веб-адрес (https://...).</translation>
    </message>
    <message>
        <source>“{url}” must use https://: plain http is allowed only on this machine.</source>
        <translation>«{url}» должен использовать https://: обычный http допускается только на этом компьютере.</translation>
    </message>
    <message>
        <source>A loyalty server address is set, so these settings are needed too: {names}.</source>
        <translation>Указан адрес сервера лояльности, поэтому нужны и эти настройки: {names}.</translation>
    </message>
    <message>
        <source>Connected: campaign “{campaign}” ({currency}).</source>
        <translation>Подключено: кампания «{campaign}» ({currency}).</translation>
    </message>
    <message>
        <source>The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address.</source>
        <translation>Сервер программы лояльности по адресу {url} недоступен: проверьте сетевой кабель или Wi-Fi и адрес.</translation>
    </message>
    <message>
        <source>Something answers at {url}, but it is not a loyalty server: check the address.</source>
        <translation>По адресу {url} что-то отвечает, но это не сервер лояльности: проверьте адрес.</translation>
    </message>
    <message>
        <source>Campaign {campaign} does not exist on this loyalty server: check the campaign number.</source>
        <translation>Кампании {campaign} нет на этом сервере лояльности: проверьте номер кампании.</translation>
    </message>
    <message>
        <source>The loyalty server refused the api key or the terminal&apos;s user name and password: check them.</source>
        <translation>Сервер программы лояльности отклонил ключ API или имя пользователя и пароль терминала: проверьте их.</translation>
    </message>
    <message>
        <source>The loyalty server does not let this user sign in as a terminal: check the terminal&apos;s user name.</source>
        <translation>Сервер программы лояльности не разрешает этому пользователю входить как терминал: проверьте имя пользователя терминала.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s keyring ({backend}) did not answer within %n second(s): it may be locked. Unlock it and try again.</source>
        <translation>
            <numerusform>Связка ключей этого компьютера ({backend}) не ответила за %n секунду: возможно, она заблокирована. Разблокируйте её и повторите.</numerusform>
            <numerusform>Связка ключей этого компьютера ({backend}) не ответила за %n секунды: возможно, она заблокирована. Разблокируйте её и повторите.</numerusform>
            <numerusform>Связка ключей этого компьютера ({backend}) не ответила за %n секунд: возможно, она заблокирована. Разблокируйте её и повторите.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) refused the request: unlock it and try again.</source>
        <translation>Связка ключей этого компьютера ({backend}) отклонила запрос: разблокируйте её и повторите.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) did not keep {name}. Nothing else was changed.</source>
        <translation>Связка ключей этого компьютера ({backend}) не сохранила {name}. Больше ничего не изменено.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secrets stay in {path}, which only the app&apos;s own user can read.</source>
        <translation>На этом компьютере нет связки ключей: секреты остаются в {path}, который может читать только пользователь приложения.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Напечатано.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>Принтер готов.</translation>
    </message>
    <message>
        <source>The paper roll is nearly finished: have a new one at hand.</source>
        <translation>Рулон бумаги почти закончился: держите новый под рукой.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll, then print again.</source>
        <translation>В принтере нет бумаги: вставьте новый рулон и напечатайте снова.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then print again.</source>
        <translation>Крышка принтера открыта: закройте её и напечатайте снова.</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam or cutter): turn it off and on, then print again.</source>
        <translation>Принтер сообщает об ошибке (замятие бумаги или резак): выключите и включите его и напечатайте снова.</translation>
    </message>
    <message>
        <source>The printer did not answer within {seconds} seconds: check that it is on and connected.</source>
        <translation>Принтер не ответил за {seconds} с: проверьте, что он включён и подключён.</translation>
    </message>
    <message>
        <source>The printer at {where} cannot be reached: check its cable or network address, and that it is on.</source>
        <translation>Принтер {where} недоступен: проверьте кабель или сетевой адрес и что он включён.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the printer at {where}: ask whoever installed the terminal.</source>
        <translation>Пользователю этого компьютера нельзя использовать принтер {where}: обратитесь к тому, кто устанавливал терминал.</translation>
    </message>
    <message>
        <source>No receipt printer is set.</source>
        <translation>Чековый принтер не задан.</translation>
    </message>
    <message>
        <source>“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH or dummy.</source>
        <translation>«{raw}» — не адрес принтера: используйте usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH или dummy.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — карта {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — карта {card}</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
</context>
<context>
    <name>_PinScreen</name>
    <message>
        <source>The two new PINs are different: type your new PIN again.</source>
        <extracomment>A problem is said in words; this sign goes before them, never instead of them.</extracomment>
        <translation>Два новых PIN-кода не совпадают: введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Минутку…</translation>
    </message>
</context>
<context>
    <name>_Symbol</name>
    <message>
        <source>Make this window larger to show the code.</source>
        <translation>Увеличьте окно, чтобы увидеть код.</translation>
    </message>
</context>
</TS>
