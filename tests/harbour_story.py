"""One hand-written story (a harbour board closes a ferry pier) in en, nl and ar, with its headline: the pages of the
issuer and update-credit tests (mend34b) are built around it."""

BODY_EN = ["The harbour board voted on Tuesday to close the old ferry pier for repairs after divers found cracks in "
           "three of its concrete piles, cutting the island service to one sailing a day until the spring.",
           "The board's engineer said the work would cost about 1.8 million euro and take at least five months, "
           "longer if the winter storms hold up the divers.",
           "Island residents said a single daily sailing would make it hard to reach the hospital and the secondary "
           "school on the mainland."]
HEADLINE_EN = "Harbour board closes old ferry pier for five months of repairs"
BODY_NL = ["Het havenbedrijf sluit de oude veerpier vanaf maandag voor herstelwerk, nadat duikers scheuren vonden in "
           "drie betonnen palen. De veerdienst vaart tot het voorjaar nog maar één keer per dag.",
           "Volgens de ingenieur van het havenbedrijf kost het werk ongeveer 1,8 miljoen euro en duurt het minstens "
           "vijf maanden, langer als winterstormen de duikers ophouden.",
           "Eilandbewoners zeggen dat ze met één afvaart per dag moeilijk het ziekenhuis en de middelbare school op "
           "het vasteland kunnen bereiken."]
HEADLINE_NL = "Havenbedrijf sluit oude veerpier vijf maanden voor herstel"
BODY_AR = ["قررت هيئة الميناء يوم الثلاثاء إغلاق رصيف العبارات القديم للإصلاح بعد أن عثر غواصون على تشققات في ثلاث من "
           "دعاماته الخرسانية، ما يقلص خدمة الجزيرة إلى رحلة واحدة يوميا حتى الربيع.",
           "وقال مهندس الهيئة إن الأعمال ستكلف نحو 1.8 مليون يورو وتستغرق خمسة أشهر على الأقل، وقد تطول إذا أخرت "
           "عواصف الشتاء عمل الغواصين.",
           "وقال سكان الجزيرة إن رحلة يومية واحدة ستجعل الوصول إلى المستشفى والمدرسة الثانوية في البر الرئيسي صعبا."]
HEADLINE_AR = "هيئة الميناء تغلق رصيف العبارات القديم خمسة أشهر للإصلاح"
