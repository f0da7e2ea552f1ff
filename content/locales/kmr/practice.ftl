# Machine-made translation: needs review by a native speaker before production use.
# German practice – Kurmanji.

practice-prompt =
    Dema almanî ye! { $count ->
        [one] Perwerdeyeke kurt
       *[other] { $count } perwerdeyên kurt
    }, nêzîkî du deqeyan.
practice-nudge = Demeke dirêj me hev nedît! Hûn dixwazin îro dîsa hinekî almanî hîn bibin?
practice-start = Em dest pê bikin
practice-later = Îro na
practice-later-ok = Ne pirsgirêk e. Heta sibê!
practice-placement-intro = Pêşî ceribandineke kurt, da ku perwerde li gorî we be.
practice-card =
    Peyva nû: { $word }
    Mînak: { $example }
practice-card-plain = Peyva nû: { $word }
practice-known = Ez dizanim
practice-unknown = Hîn na
practice-gap = Çi kêm e? Peyvê binivîsin.
practice-reply = Hûn çi bersiv didin? Hevokekê binivîsin.
practice-say = Bi almanî çawa tê gotin? Hevokê binivîsin.
practice-choice = Li bersiva rast bitikînin.
practice-typed-send = ✉️ Ji { $name } re bişîne
practice-typed-send-team = ✉️ Ji tîmê re bişîne
practice-show-gloss = Bi zimanê min
practice-hint = Şîret
practice-skip = Derbas bike
practice-right = Rast e!
practice-right-spelling = Rast e! Bi vî awayî tê nivîsîn: { $expected }
practice-wrong = Ne tam. Ya rast: { $expected }
practice-card-known = Pir baş!
practice-card-again = Ne pirsgirêk e, peyv dê zû vegere.
practice-placed = Asta we: { $level }. Hûn dikarin bi /level biguherînin.
practice-paused = Rawestan: heta ku hûn /resume binivîsin, hûn perwerdeyê nastînin.
practice-resumed = Em didomînin! Hûn dîsa perwerdeyê distînin.
practice-level-ask = Hûn dixwazin kîjan astê hîn bibin? Niha: { $level }
practice-level-set = Asta we: { $level }.
practice-topics-ask = Hûn dixwazin kîjan mijaran hîn bibin? Bitikînin û paşê li „Qediya“.
practice-topics-all = Hemû mijar
practice-topics-done = Qediya
practice-topics-set = Hate tomarkirin.
practice-progress =
    Rêz: { $streak ->
        [one] { $streak } roj
       *[other] { $streak } roj
    } (ya herî baş: { $best })
    Hînbûyî: { $learned }
    Îro ji bo dubarekirinê: { $due }
    Vê hefteyê: { $right } ji { $total } rast
    Ast: { $level }
practice-level-open = hîn ne diyar e
practice-type-answer = Ji kerema xwe bersivê wek nivîs binivîsin.
practice-level-whom = Hûn dixwazin asta kê diyar bikin?
practice-level-of = Asta { $name }: { $level }. Asteke nû?
practice-level-of-set = Asta { $name }: { $level }.
