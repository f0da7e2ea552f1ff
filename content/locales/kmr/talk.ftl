# Machine-made translation: needs review by a native speaker before production use.
## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ Peyam ji şêwirmendê min re
talk-write-ask = Peyama xwe ji { $name } re binivîsin, bi zimanê xwe jî dibe. Hûn dikarin wêneyek an peyameke dengî jî bişînin.
talk-write-ask-team = Peyama xwe ji tîmê re binivîsin, bi zimanê xwe jî dibe. Hûn dikarin wêneyek an peyameke dengî jî bişînin.
talk-ask = Ez vê ji { $name } re bişînim? Ez ê bersiva we ji bo paşê bi bîr bînim.
talk-ask-team = Ez vê ji tîmê re bişînim? Ez ê bersiva we ji bo paşê bi bîr bînim.
talk-yes = ✉️ Erê, bişîne
talk-no = Na
talk-send-anyway = ✉️ Dîsa jî bişîne
talk-sent = Ji { $name } re hate şandin ✓
talk-sent-team = Ji tîmê re hate şandin ✓
talk-not-sent = Min ev neşand. Ji bo peyamekê ji şêwirmendê we re: /message
talk-kept = Baş e, ez tiştekî naşînim. Ji bo peyamekê ji şêwirmendê we re: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 Wêne (nehatiye wergerandin)
talk-media-voice = 🎤 Peyama dengî (nehatiye wergerandin)
talk-media-audio = 🎵 Deng (nehatiye wergerandin)
talk-media-video = 🎬 Vîdyo (nehatiye wergerandin)
talk-media-document = 📎 Pel (nehatiye wergerandin)

talk-not-forwardable = Ez nikarim stîker û cihan bişînim. Nivîs, wêne û peyamên dengî digihîjin şêwirmendê we.
