community-nav-surveys = Опитування
surveys-title = Опитування
surveys-intro = Розкажіть нам, що вам потрібно. Ваші відповіді допоможуть вирішити, що центр запропонує далі.
surveys-home-title = Висловіть свою думку
surveys-see-all = Усі опитування
surveys-none = Опитувань ще немає.
surveys-more = Інші опитування
survey-new = Створити опитування
survey-edit = Змінити опитування
survey-status-draft = Чернетка (ще не відкрите)
survey-status-open = Відкрите для відповідей
survey-status-closed = Закрите
survey-anonymous = Анонімне
survey-named = З іменами
survey-response-count = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
survey-anonymous-promise = Це опитування анонімне: ми зберігаємо лише те, що ви взяли участь, але не те, які саме відповіді ваші. Ніхто не може пов’язати ваші відповіді з вами, навіть організатори.
survey-named-note = Це опитування не анонімне: організатори бачать ваше ім’я поруч із вашими відповідями.
survey-other-languages = Також є мовами:
survey-required = обов’язково
survey-hint-single = Оберіть один варіант.
survey-hint-multiple = Оберіть усі, що підходять.
survey-hint-scale = Від 1 до 5.
survey-hint-text = Своїми словами.
survey-scale-lowest = зовсім ні
survey-scale-highest = дуже сильно
survey-send = Надіслати мої відповіді
survey-questions = Запитання
survey-answered-already = Дякуємо: ви вже відповіли на це опитування.
survey-closed-note = Це опитування закрите.
survey-draft-note = Це опитування — чернетка: поки що його бачать лише організатори. Відкрийте його, коли запитання будуть готові.
survey-sign-in-to-answer = Відповідати можуть учасники громади.
survey-sign-in = Увійдіть, щоб відповісти
survey-members-answer = Відповідати можуть лише учасники цієї громади. Приєднайтеся до громади, щоб узяти участь.
survey-see-results = Переглянути результати
survey-organise = Для організаторів
survey-translate = Перекласти опитування
survey-paper = Внести паперові анкети
survey-csv = Завантажити всі відповіді (CSV)
survey-delete = Видалити опитування
survey-delete-confirm = Видалити «{ $title }»? Ще ніхто на нього не відповів. Цю дію не можна скасувати.
survey-delete-yes = Так, видалити
survey-open = Відкрити опитування для відповідей
survey-close = Закрити опитування
survey-notice-answered = Дякуємо. Ваші відповіді збережено.
survey-notice-saved = Опитування збережено.
survey-notice-opened = Опитування відкрите для відповідей.
survey-notice-closed = Опитування закрите.
survey-notice-translated = Переклад збережено.
survey-notice-paper = Паперову анкету збережено.
survey-notice-deleted = Опитування видалено.
survey-builder-intro = Пишіть запитання простими словами. Кнопки під кожним запитанням переміщують або прибирають його; нічого не збережеться, доки ви не натиснете «Зберегти опитування».
survey-field-title = Назва
survey-field-description = Вступ
survey-field-description-hint = Необов’язково: чому ви питаєте і що буде з відповідями.
survey-field-locale = Мова, якою написане опитування
survey-field-privacy = Конфіденційність
survey-field-anonymous = Анонімне: відповіді ніколи не пов’язуються з людьми
survey-field-anonymous-hint = Радимо для опитувань про потреби. Це не можна змінити, щойно хтось відповів.
survey-field-results-public = Учасники громади можуть бачити результати
survey-question-number = Запитання { $number }
survey-field-prompt = Запитання
survey-field-kind = Тип відповіді
survey-kind-single = Один варіант
survey-kind-multiple = Кілька варіантів
survey-kind-scale = Шкала від 1 до 5
survey-kind-text = Своїми словами
survey-field-options = Варіанти
survey-field-options-hint = Для «один варіант» і «кілька варіантів»: по одному варіанту в рядку, від 2 до 20.
survey-field-required = Відповідь обов’язкова
survey-move-up = Вище
survey-move-down = Нижче
survey-remove-question = Прибрати
survey-add-question = Додати запитання
survey-save = Зберегти опитування
survey-cancel = Скасувати
survey-back = Назад до опитування
survey-translate-intro = Опитування написане мовою: { $language }. Оберіть мову, на яку його перекласти.
survey-translation-done = перекладено
survey-translation-missing = ще не перекладено
survey-translate-into = Перекласти мовою: { $language }
survey-translate-hint = Над кожним полем показано оригінал. Порожнє поле буде показано мовою оригіналу.
survey-original = Оригінал:
survey-field-option = Варіант:
survey-translation-save = Зберегти переклад
survey-paper-intro = Вносьте по одній паперовій анкеті за раз, разом із номером, написаним на ній. Кожен номер можна внести лише один раз, тож жодну анкету не буде пораховано двічі.
survey-field-paper-ref = Номер паперової анкети
survey-field-paper-ref-hint = Перш ніж вносити анкету, напишіть на ній номер, наприклад P-17.
survey-paper-save = Зберегти цю паперову анкету
survey-paper-entered = Паперову анкету { $number } збережено. Можна вносити наступну.
survey-results = Результати
survey-filter-title = Переглянути одну групу
survey-filter-label = Лише ті, хто відповів
survey-filter-everyone = Усі
survey-filter-show = Показати
survey-filter-clear = Показати всіх
survey-among = Серед тих, хто відповів «{ $group }».
survey-withheld = { $count ->
    [one] Групи, де менше ніж { $count } відповідь, не показано, щоб нікого не можна було впізнати.
    [few] Групи, де менше ніж { $count } відповіді, не показано, щоб нікого не можна було впізнати.
    [many] Групи, де менше ніж { $count } відповідей, не показано, щоб нікого не можна було впізнати.
   *[other] Групи, де менше ніж { $count } відповіді, не показано, щоб нікого не можна було впізнати.
}
survey-answered-by = { $count ->
    [one] Відповіла { $count } особа
    [few] Відповіли { $count } особи
    [many] Відповіли { $count } осіб
   *[other] Відповіли { $count } особи
}
survey-mean = Середнє: { $mean }
survey-chart-answer = Відповідь
survey-chart-responses = Кількість осіб
survey-no-texts = Відповідей своїми словами немає.
survey-texts-shown = { $count ->
    [one] Показано { $count } відповідь.
    [few] Показано { $count } відповіді.
    [many] Показано { $count } відповідей.
   *[other] Показано { $count } відповіді.
}
error-survey-no-questions = Додайте хоча б одне запитання.
error-survey-too-many-questions = Опитування може мати щонайбільше { $max } запитань.
error-survey-question-kind = Запитання { $number }: оберіть тип відповіді.
error-survey-prompt-required = Запитання { $number }: напишіть запитання.
error-survey-prompt-invalid = Запитання { $number }: запитання задовге або містить символи, які не можна зберегти.
error-survey-options-count = Запитання { $number }: вкажіть від { $min } до { $max } варіантів, по одному в рядку.
error-survey-options-not-asked = Запитання { $number }: варіанти бувають лише в запитаннях типу «один варіант» і «кілька варіантів».
error-survey-option-invalid = Запитання { $number }: один із варіантів задовгий або містить символи, які не можна зберегти.
error-survey-option-repeated = Запитання { $number }: усі варіанти мають бути різними.
error-survey-translation-source = Цією мовою написане саме опитування: краще змініть опитування.
error-survey-translation-shape = Переклад не відповідає запитанням опитування.
error-survey-question-unknown = Одна з відповідей стосується запитання, якого немає в цьому опитуванні.
error-survey-answer-repeated = Запитання { $number }: відповідь дано більше ніж один раз.
error-survey-answer-required = Запитання { $number }: будь ласка, дайте відповідь на це запитання.
error-survey-option-unknown = Запитання { $number }: оберіть один із запропонованих варіантів.
error-survey-scale-range = Запитання { $number }: оберіть число від 1 до 5.
error-survey-text-too-long = Запитання { $number }: відповідь задовга.
error-survey-text-invalid = Запитання { $number }: відповідь містить символи, які не можна зберегти.
error-survey-answer-kind = Запитання { $number }: такий тип відповіді не підходить до цього запитання.
error-survey-answered = Ви вже відповіли на це опитування.
error-survey-closed = Це опитування закрите й більше не приймає відповідей.
error-survey-not-opened = Паперові анкети можна вносити, щойно опитування відкриють.
error-survey-paper-entered = Паперову анкету з цим номером уже внесено.
error-survey-has-responses = На це опитування вже відповідали, тому його запитання більше не можна змінювати.
error-survey-results-private = Результати цього опитування бачать лише організатори.
error-survey-among-unknown = Оберіть відповідь на одне із запитань опитування з варіантами.
error-survey-status = Такий статус невідомий.
error-survey-channel = Такий спосіб відповіді невідомий.
