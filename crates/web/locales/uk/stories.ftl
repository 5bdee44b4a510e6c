community-nav-stories = Історії
stories-title = Історії місця
stories-intro = Що мешканці й мешканки пам'ятають, люблять і відкривають тут: розказане ними самими, з фото.
stories-home-title = Історії місця
stories-see-all = Усі історії
story-new = Розповісти історію
stories-join-to-tell = Приєднайтеся до громади, щоб розповісти історію
stories-sign-in-to-tell = Увійдіть, щоб розповісти історію
stories-search-title = Пошук історій
stories-search-label = Слова в назві або в історії
stories-search = Шукати
stories-tags-title = Теги
stories-all = Усі історії
stories-found-title = Історії
stories-none = Історій ще немає. Розкажіть першу.
stories-none-found = Жодна історія не підходить. Спробуйте інші слова чи інший тег.
stories-more = Більше історій
story-notice-created = Вашу історію опубліковано.
story-notice-saved = Зміни збережено.
story-notice-deleted = Історію видалено.
story-audience-public = Публічна
story-audience-members = Лише для учасників громади
story-comment-count = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
story-tags = Теги цієї історії
story-edit = Редагувати історію
story-delete = Видалити історію
story-delete-confirm = Видалити «{ $title }» разом із фото та коментарями? Це не можна скасувати.
story-delete-submit = Видалити назавжди
story-delete-cancel = Залишити історію
story-field-title = Назва
story-field-body = Ваша історія
story-field-tags = Теги (необов'язково)
story-field-tags-hint = Слова, які допоможуть іншим її знайти, через кому: річка, старі фото, школа.
story-field-audience = Хто може її читати
story-audience-public-choice = Усі, навіть ті, хто не ввійшов
story-audience-members-choice = Лише учасники й учасниці цієї громади
story-photo-current = Поточне фото
story-save = Опублікувати
story-cancel = Скасувати
error-audience-unknown = Виберіть, хто може її читати.
error-tag-invalid = У тегах використовуйте літери, цифри й дефіси, а теги розділяйте комами.
error-tag-too-long = Кожен тег може мати щонайбільше { $max } символів.
error-tags-too-many = Використовуйте щонайбільше { $max } тегів.
error-story-author-only = Лише людина, яка розповіла цю історію, може її змінити.
