# Ініціативи та коментарі.
community-nav-initiatives = Ініціативи
initiatives-title = Ініціативи
initiatives-intro = Ідеї сусідів для нашої місцевості. Підтримайте ті, що вам подобаються, запропонуйте допомогу й подивіться, що відповідають організатори.
initiatives-sign-in-to-take-part = Увійдіть, щоб запропонувати ініціативу або підтримати її.
initiatives-filters = Сортування та фільтри
initiatives-field-sort = Порядок
initiatives-sort-newest = Спочатку найновіші
initiatives-sort-supported = Спочатку з найбільшою підтримкою
initiatives-field-state = Етап
initiatives-any-state = Усі етапи
initiatives-filter-submit = Показати
initiatives-results = Знайдені ініціативи
initiatives-none = Тут поки немає ініціатив.
initiatives-more = Більше ініціатив
initiative-state-open = Збирає підтримку
initiative-state-accepted = Прийнято
initiative-state-declined = Відхилено
initiative-state-in_progress = Виконується
initiative-state-done = Виконано
initiative-supporters = { $count ->
    [one] { $count } людина підтримує
    [few] { $count } людини підтримують
    [many] { $count } людей підтримують
   *[other] { $count } людини підтримує
}
initiative-comments = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
initiative-volunteer-count = { $count ->
    [one] { $count } людина пропонує допомогу
    [few] { $count } людини пропонують допомогу
    [many] { $count } людей пропонують допомогу
   *[other] { $count } людини пропонує допомогу
}
initiative-propose = Запропонувати ініціативу
initiative-form-intro = Опишіть, що ви хочете змінити чи створити і чому це важливо для району. Тоді інші зможуть підтримати вашу ідею й запропонувати допомогу.
initiative-field-title = Заголовок
initiative-field-title-hint = Коротка назва вашої ідеї, наприклад «Лавки вздовж стежки біля річки».
initiative-field-body = Опис
markdown-hint = Можна використовувати просте форматування: **жирний**, *курсив*, списки, що починаються з «-», і посилання.
initiative-propose-submit = Опублікувати ініціативу
initiative-proposed-by = Запропоновано
initiative-support-title = Підтримка
initiative-volunteers-title = Люди, які пропонують допомогу
initiative-volunteers-none = Поки ніхто не запропонував допомогу.
initiative-take-part = Візьміть участь
initiative-support = Підтримати цю ініціативу
initiative-you-support = Ви підтримуєте цю ініціативу.
initiative-withdraw-support = Відкликати мою підтримку
initiative-support-closed = Ця ініціатива більше не збирає підтримку.
initiative-follow = Стежити
initiative-unfollow = Більше не стежити
initiative-field-volunteer-note = Що ви могли б зробити? (необов'язково)
initiative-field-volunteer-note-hint = Наприклад: «Я можу фарбувати по суботах».
initiative-volunteer = Я хочу допомогти
initiative-you-volunteer = Ви запропонували допомогу.
initiative-unvolunteer = Відкликати мою пропозицію допомоги
initiative-join-to-take-part = Приєднайтеся до цієї громади, щоб узяти участь.
initiative-sign-in-to-take-part = Увійдіть, щоб узяти участь.
initiative-answer-title = Відповісти від імені організаторів
initiative-answer-intro = Оберіть наступний етап і поясніть його. Ваша відповідь публічна й залишиться в хронології.
initiative-field-new-state = Новий етап
initiative-field-answer = Публічна відповідь
initiative-field-answer-hint = Напишіть, що вирішили, чому і що буде далі.
initiative-answer-submit = Опублікувати відповідь
initiative-history-title = Хронологія
initiative-history-proposed = Ініціативу запропоновано
initiative-notice-proposed = Вашу ініціативу опубліковано.
initiative-notice-supported = Дякуємо! Ви підтримуєте цю ініціативу.
initiative-notice-withdrawn = Вашу підтримку відкликано.
initiative-notice-volunteered = Дякуємо, що пропонуєте допомогу.
initiative-notice-unvolunteered = Вашу пропозицію допомоги відкликано.
initiative-notice-followed = Ви стежите за цією ініціативою.
initiative-notice-unfollowed = Ви більше не стежите за цією ініціативою.
initiative-notice-answered = Відповідь опубліковано.
comment-field-body = Ваш коментар
comment-submit = Опублікувати коментар
comment-notice-posted = Ваш коментар опубліковано.
comments-title = Коментарі
comments-none = Коментарів поки немає.
comments-more = Більше коментарів
comment-edited = змінено
comment-removed = Коментар видалено.
comment-change = Змінити або видалити мій коментар
comment-reply = Відповісти
comment-field-reply = Ваша відповідь
comment-reply-submit = Надіслати відповідь
comment-back = Назад до розмови
comment-edit-hint = Коментар можна змінити протягом 15 хвилин після того, як ви його написали.
comment-save = Зберегти коментар
comment-edit-window-over = Минуло понад 15 хвилин, тому цей коментар уже не можна змінити. Але ви ще можете його видалити.
comment-delete-title = Видалити коментар
comment-delete-intro = Його місце в розмові залишиться з позначкою «Коментар видалено».
comment-delete = Видалити
error-initiative-state-unknown = Оберіть один з етапів.
error-initiative-sort-unknown = Оберіть «Спочатку найновіші» або «Спочатку з найбільшою підтримкою».
error-initiative-state-change = Ініціатива на цьому етапі не може перейти до етапу, який ви обрали.
error-initiative-closed = Ця ініціатива більше не збирає підтримку чи пропозиції допомоги.
error-initiative-support-duplicate = Ви вже підтримуєте цю ініціативу.
error-comment-edit-window = Коментар можна змінити лише протягом 15 хвилин після написання.
error-comment-parent-unknown = Коментаря, на який ви відповідаєте, немає в цій розмові.
error-comment-target-unknown = Коментувати можна ініціативи, події та історії.
initiatives-see-all = Усі ініціативи
initiative-photo-add = Додати фото
initiative-photo-change = Змінити або видалити фото
initiative-photo-title = Фото ініціативи
initiative-photo-intro = Фото показує сусідам, що ви маєте на увазі: місце таким, яким воно є зараз, або яким могло б стати. Змінити його можете лише ви, бо це ви запропонували ініціативу.
initiative-photo-current = Поточне фото
initiative-photo-save = Зберегти фото
initiative-photo-cancel = Повернутися до ініціативи
initiative-notice-photo = Фото збережено.
error-initiative-author-only = Змінити фото ініціативи може лише людина, яка її запропонувала.
