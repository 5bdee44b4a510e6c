# Модерація: скарги, сторінки модераторів, блокування і журнал дій.

community-nav-moderation = Модерація
moderation-nav-label = Модерація
moderation-nav-queue = Скарги до розгляду
moderation-nav-decided = Розглянуті
moderation-nav-blocks = Заблоковані люди
moderation-nav-log = Журнал дій

moderation-hidden-mark = Приховано модераторами
moderation-message-removed = Повідомлення видалено модераторами.
moderation-person-blocked = Заблоковано в цій громаді

moderation-target-initiative = Ініціатива
moderation-target-comment = Коментар
moderation-target-support = Пропозиція або запит
moderation-target-message = Приватне повідомлення
moderation-target-story = Історія
moderation-target-event = Подія
moderation-target-account = Людина
moderation-target-exchange = Обмін часом
moderation-target-timebank = Банк часу
moderation-target-other = Щось інше

moderation-status-open = Чекає на рішення
moderation-status-hidden = Приховано
moderation-status-dismissed = Відхилено

moderation-title = Скарги до розгляду
moderation-intro = Мешканці поскаржилися на це. Відкрийте скаргу, прочитайте, чого вона стосується, і вирішіть: приховати це чи відхилити скаргу.
moderation-none = Жодна скарга не чекає. Дякуємо, що перевірили.
moderation-decided-title = Розглянуті скарги
moderation-decided-intro = Скарги, які вже розглянуто, найновіші рішення першими. Приховане можна знову показати на сторінці скарги.
moderation-decided-none = Жодну скаргу ще не розглянуто.
moderation-reported-by = поскаржився(-лася): { $name }
moderation-reports-on-target = { $count ->
    [one] { $count } скарга на те саме
    [few] { $count } скарги на те саме
    [many] { $count } скарг на те саме
   *[other] { $count } скарги на те саме
}
moderation-target-gone = Цього вже немає: автор або авторка видалили це або пішли.
moderation-note = Що написали:
moderation-why = Чому:
moderation-decide = Вирішити
moderation-open-report = Переглянути скаргу
moderation-more = Більше
moderation-notice-decided = Готово. Скаргу розглянуто.
moderation-notice-restored = Готово. Це знову видно.
moderation-notice-blocked = Готово. Цю людину заблоковано в громаді.
moderation-notice-unblocked = Готово. Ця людина може знову приєднатися.

moderation-report-title = Скарга: { $what }
moderation-field-reason = Причина
moderation-field-reporter = Хто поскаржився
moderation-field-reported-at = Дата скарги
moderation-field-status = Стан
moderation-field-reports-on-target = Скарги на те саме
moderation-field-decided-by = Хто вирішив
moderation-what-was-reported = На що скарга
moderation-written-by = Автор або авторка: { $name }
moderation-message-private = Це приватне повідомлення. Ви бачите його лише тому, що на нього поскаржилися. Не розголошуйте його.
moderation-see-target = Переглянути, де це

moderation-decide-title = Ваше рішення
moderation-field-action = Що має статися?
moderation-action-hide = Приховати. Це бачитимуть лише модератори.
moderation-action-block = Заблокувати цю людину в громаді. Вона більше не буде учасником чи учасницею.
moderation-action-dismiss = Відхилити скаргу. Нічого не зміниться.
moderation-field-decision-note = Чому (необов'язково)
moderation-field-decision-note-hint = Інші модератори прочитають це в журналі дій.
moderation-decide-submit = Вирішити

moderation-restore-title = Показати знову
moderation-restore-explained = Усі, хто бачив це раніше, знову це побачать.
moderation-restore-submit = Показати знову
moderation-unblock-title = Зняти блокування
moderation-unblock-explained = Ця людина зможе знову приєднатися до громади.
moderation-unblock-submit = Зняти блокування

moderation-block-author = Заблокувати { $name } в цій громаді
moderation-block-title = Заблокувати людину
moderation-block-explained = Людина перестає бути учасником чи учасницею громади й не може знову приєднатися, доки модератор не зніме блокування. Те, що вона написала, залишається.
moderation-field-block-reason = Чому
moderation-field-block-reason-hint = Це прочитають інші модератори. І сама людина, якщо попросить свої дані.
moderation-field-email = Її адреса електронної пошти
moderation-field-email-hint = Адреса, з якою вона входить.
moderation-block-submit = Заблокувати

moderation-blocks-title = Заблоковані люди
moderation-blocks-intro = Ці люди не можуть приєднатися до громади, доки блокування не знято.
moderation-blocks-none = Ніхто не заблокований.
moderation-unblock-person = Зняти блокування: { $name }
moderation-column-person = Людина
moderation-column-reason = Чому
moderation-column-by = Хто заблокував
moderation-column-when = Коли
moderation-column-unblock = Зняти блокування
moderation-column-who = Хто
moderation-column-what = Що
moderation-column-on = Чого стосується
moderation-column-why = Чому

moderation-log-title = Журнал дій
moderation-log-intro = Кожне рішення модераторів і кожна зміна, яку зробили адміністратори: хто, що, коли і чому. Тут нічого не можна змінити.
moderation-log-none = Ще нічого не сталося.
moderation-log-older = Давніші записи

moderation-filed-title = Скаргу надіслано
moderation-filed-back = Повернутися

audit-action-report-hidden = Приховано те, на що скаржилися
audit-action-report-dismissed = Відхилено скаргу
audit-action-content-restored = Знову показано приховане
audit-action-member-blocked = Заблоковано людину
audit-action-member-unblocked = Знято блокування
audit-action-role-changed = Змінено роль
audit-action-trusted-helper-marked = Призначено довірену особу-помічника
audit-action-trusted-helper-unmarked = Знято роль довіреної особи-помічника
audit-action-initiative-answered = Відповідь на ініціативу
audit-action-budget-created = Створено громадський бюджет
audit-action-paper-ballot-recorded = Внесено паперовий голос
audit-action-survey-opened = Відкрито опитування
audit-action-survey-closed = Закрито опитування
audit-action-survey-paper-recorded = Внесено паперову анкету опитування
audit-action-timebank-corrected = Виправлено обмін часом
audit-action-timebank-fund-transfer = Переказ часу з фондом громади
audit-action-timebank-limit-changed = Змінено ліміт банку часу
audit-action-resident-registered = Зареєстровано мешканця чи мешканку в пункті прийому
audit-action-helper-ended = Завершено роль помічника чи помічниці

error-report-community-missing = Укажіть, у якій громаді ви скаржитеся на цю людину.
error-report-community-unknown = Громади з такою адресою немає.
error-report-status-unknown = Скарга не може мати такий стан.
error-report-action-unknown = Виберіть, що має статися: приховати чи відхилити скаргу.
error-report-queue-unknown = Виберіть відкриті або розглянуті скарги.
error-report-decided = Цю скаргу вже розглянуто.
error-report-not-hidden = Ця скарга зараз нічого не приховує.
error-moderators-only = Це можуть робити лише модератори цієї громади.
error-block-outranked = Ви не можете заблокувати людину з такою самою або вищою роллю, ніж ваша.
error-block-person-unknown = Ми не знаємо нікого з такою адресою.
error-block-self = Ви не можете заблокувати себе.
error-block-exists = Цю людину вже заблоковано.
error-community-blocked = Модератори заблокували вас у цій громаді. Ви не можете приєднатися до неї.
error-audit-action-unknown = Журнал не знає такої дії.
