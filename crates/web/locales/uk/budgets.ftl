# Громадський бюджет: раунди, проєкти, голоси й результати.
budgets-nav = Громадський бюджет
budgets-title = Громадський бюджет
budgets-intro = Мешканці разом вирішують, на що витратити частину грошей. Організатори відкривають раунд і описують проєкти. Кожен учасник громади має один голос і обирає проєкти в межах загальної суми.
budgets-home-teaser = Вирішуйте разом, на що витратити частину грошей: оберіть потрібні вам проєкти в межах наявної суми.
budgets-see-rounds = Переглянути раунди громадського бюджету
budgets-none = Раундів ще немає.
budgets-older = Попередні раунди
budgets-phase-open = Триває голосування
budgets-phase-upcoming = Незабаром
budgets-phase-closed = Завершено
budgets-total = Загальна сума
budgets-window = Голосування з { $opens } до { $closes }.
budgets-opens-in-days = { $count ->
    [one] Голосування почнеться через { $count } день.
    [few] Голосування почнеться через { $count } дні.
    [many] Голосування почнеться через { $count } днів.
   *[other] Голосування почнеться через { $count } дня.
}
budgets-opens-in-hours = { $count ->
    [one] Голосування почнеться через { $count } годину.
    [few] Голосування почнеться через { $count } години.
    [many] Голосування почнеться через { $count } годин.
   *[other] Голосування почнеться через { $count } години.
}
budgets-opens-soon = Голосування почнеться менш ніж за годину.
budgets-closes-in-days = { $count ->
    [one] Голосування триває. Воно закінчиться через { $count } день.
    [few] Голосування триває. Воно закінчиться через { $count } дні.
    [many] Голосування триває. Воно закінчиться через { $count } днів.
   *[other] Голосування триває. Воно закінчиться через { $count } дня.
}
budgets-closes-in-hours = { $count ->
    [one] Голосування триває. Воно закінчиться через { $count } годину.
    [few] Голосування триває. Воно закінчиться через { $count } години.
    [many] Голосування триває. Воно закінчиться через { $count } годин.
   *[other] Голосування триває. Воно закінчиться через { $count } години.
}
budgets-closes-soon = Голосування триває. Воно закінчиться менш ніж за годину.
budgets-closed-on = Голосування завершилося { $date }.
budgets-see-results = Переглянути результати
budgets-see-tally = Переглянути голоси на зараз (лише для організаторів)
budgets-results-when = Результати опублікуємо після завершення голосування.
budgets-results-come = Результати опублікуємо після завершення голосування, { $date }.
budgets-new-title = Відкрити новий раунд
budgets-new-intro = Вкажіть назву раунду, суму та дати голосування. Проєкти можна додавати, доки не почнеться голосування.
budgets-field-title = Назва раунду
budgets-field-title-hint = Наприклад: Громадський бюджет 2027
budgets-field-rules = Правила
budgets-field-rules-hint = Як обирають проєкти і хто може голосувати. Можна використовувати Markdown: **жирний**, списки з -.
budgets-field-total = Сума
budgets-field-total-hint = Цілими одиницями, без копійок, наприклад 200 000.
budgets-field-currency = Валюта
budgets-field-currency-hint = Три великі літери, наприклад PLN, DKK або EUR.
budgets-field-window = Дати голосування
budgets-field-window-hint = Час указано в UTC. Голосування має початися в майбутньому.
budgets-field-opens = Початок голосування
budgets-field-closes = Кінець голосування
budgets-new-submit = Відкрити раунд
budgets-notice-opened = Раунд відкрито для проєктів. Додайте їх до початку голосування.
budgets-notice-project = Проєкт додано.
budgets-notice-voted = Дякуємо! Ваш голос зараховано.
budgets-notice-paper = Паперовий бюлетень записано. Можете вносити наступний.
budgets-voting = Голосування
budgets-ballots = Подано голосів
budgets-rules = Правила
budgets-you-voted = Ви проголосували
budgets-you-voted-on = Ви проголосували { $date } за:
budgets-you-voted-paper = Ваш паперовий бюлетень записали в центрі { $date }. У ньому обрано:
budgets-your-total = Разом: { $cost }.
budgets-ballot-title = Ваш голос
budgets-ballot-intro = Позначте проєкти, які ви обираєте. Разом вони можуть коштувати не більше ніж { $total }. Голосувати можна один раз.
budgets-ballot-legend = Проєкти, які ви обираєте
budgets-ballot-check = Перевірити мій вибір
budgets-ballot-cast = Проголосувати
budgets-chosen-count = { $count ->
    [one] { $count } проєкт
    [few] { $count } проєкти
    [many] { $count } проєктів
   *[other] { $count } проєкту
}
budgets-chosen = Ви обрали { $projects } на { $cost } із { $total }.
budgets-sign-in-to-vote = Увійдіть, щоб проголосувати
budgets-members-vote = Голосувати можуть лише учасники цієї громади.
budgets-join-to-vote = Приєднатися до громади
budgets-projects = Проєкти
budgets-projects-none = Проєктів ще немає.
budgets-cost = Вартість
budgets-add-project = Додати проєкт
budgets-add-project-intro = Проєкти можна додавати до початку голосування.
budgets-field-project-title = Назва проєкту
budgets-field-project-body = Опис
budgets-field-project-body-hint = Що це, де і для кого. Можна використовувати Markdown.
budgets-field-cost = Вартість
budgets-field-cost-hint = Цілими одиницями, не більше ніж { $total }.
budgets-add-project-submit = Додати проєкт
budgets-paper-title = Внести паперовий бюлетень
budgets-paper-intro = Для мешканців, які проголосували особисто в центрі. Кожна людина має один голос: онлайн або на папері.
budgets-paper-open = Відкрити форму для паперових бюлетенів
budgets-field-resident-email = Адреса електронної пошти людини, яка голосувала
budgets-field-resident-email-hint = Адреса, яку ця людина використовує в цій громаді.
budgets-paper-total = Проєкти в одному бюлетені разом можуть коштувати не більше ніж { $total }.
budgets-paper-legend = Проєкти, позначені в бюлетені
budgets-paper-submit = Записати бюлетень
budgets-back-to-round = Назад до раунду
budgets-results-title = Результати
budgets-tally-notice = Голосування ще триває: це голоси на зараз, їх бачать лише організатори.
budgets-spent = Витрачено на обрані проєкти
budgets-left = Залишок
budgets-chart-title = Голоси за проєкти
budgets-votes = { $count ->
    [one] { $count } голос
    [few] { $count } голоси
    [many] { $count } голосів
   *[other] { $count } голосу
}
budgets-selected = Обрано
budgets-not-selected = Не обрано
budgets-table-caption = Усі проєкти в порядку результатів
budgets-column-place = Місце
budgets-column-project = Проєкт
budgets-column-votes = Голоси
budgets-column-cost = Вартість
budgets-column-selected = Обрано
budgets-yes = Так
budgets-no = Ні
budgets-rule-title = Як обирають проєкти
budgets-rule = Проєкти впорядковують за кількістю голосів. Якщо голосів порівну, першим іде дешевший проєкт, потім той, що додали раніше. Ідучи цим списком, обирають кожен проєкт, який ще вміщається в залишок грошей. Проєкт, який не вміщається, пропускають і перевіряють наступні.
budgets-csv = Завантажити всі бюлетені (CSV)
budgets-csv-hint = Один рядок на бюлетень: його номер, чи був він паперовим, і обрані проєкти. Без імен і без часу, тож ви можете самі перерахувати голоси.

error-budget-phase-unknown = Це не етап раунду.
error-budget-currency-invalid = Вкажіть валюту трьома літерами, наприклад PLN, DKK або EUR.
error-budget-amount-whole = Вкажіть ціле число, наприклад 200000.
error-budget-amount-positive = Вкажіть суму, більшу за 0.
error-budget-amount-too-large = Ця сума завелика. Щонайбільше { $max }.
error-budget-time-invalid = Вкажіть дату й час, наприклад 2027-03-01T09:00.
error-budget-opens-past = Голосування має початися в майбутньому.
error-budget-closes-before-opens = Голосування має закінчитися після початку.
error-budget-cost-over-total = Проєкт не може коштувати більше, ніж увесь раунд: { $total }.
error-budget-choose-one = Оберіть щонайменше один проєкт.
error-budget-project-unknown = Один з обраних проєктів не належить до цього раунду.
error-budget-over = Ваш вибір коштує { $cost }, а в раунді є { $total }. Зніміть позначку з якогось проєкту і спробуйте ще раз.
error-budget-projects-closed = Голосування вже почалося, тож додавати проєкти не можна.
error-budget-not-open-yet = Голосування ще не почалося.
error-budget-closed = Голосування завершено.
error-budget-already-voted = Ви вже проголосували в цьому раунді. Кожна людина голосує один раз.
error-budget-resident-already-voted = Ця людина вже проголосувала в цьому раунді, онлайн або на папері.
error-budget-resident-email-missing = Вкажіть адресу електронної пошти цієї людини.
error-budget-resident-unknown = Ніхто в цій громаді не має такої адреси електронної пошти.
error-budget-results-later = Голосування ще триває. Результати опублікуємо після його завершення.
