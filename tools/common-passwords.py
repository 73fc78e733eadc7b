#!/usr/bin/env python3
"""Builds src/main/resources/org/parley/account/common-passwords.txt.

Input: John the Ripper's password.lst (Openwall, public domain; Debian package john-data,
/usr/share/john/password.lst). To it are added the long variants that matter under a
12-character minimum: common words and names with digits and years, doubled words,
keyboard walks, runs and repeats, and variations of "password" and "parley".
Everything is lower-cased (the check ignores case), sorted and de-duplicated.

    python3 tools/common-passwords.py /usr/share/john/password.lst > \
        src/main/resources/org/parley/account/common-passwords.txt
"""
import sys

WORDS = """password passw0rd p@ssword p@ssw0rd parley parleyadmin admin administrator letmein welcome
iloveyou qwerty monkey dragon football baseball basketball soccer hockey sunshine princess
trustno1 master shadow superman batman michael jennifer jordan hunter ranger buster thomas
robert charlie daniel andrew joshua matthew jessica ashley samantha starwars whatever freedom
computer internet secret summer winter spring autumn changeme default guest login access
flower hello loveme love angel mustang harley hannah maggie cookie cheese pepper ginger
chelsea arsenal liverpool manchester london newyork america canada killer pokemon naruto
diamond blessed jesus christ lovely family friends forever purple orange yellow silver golden
mypassword yourpassword newpassword oldpassword mysecret nopassword""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "!", "1!", "123!",
            "1234!", "01", "69", "007", "99", "00", "111", "321", "4321", "54321", "@123", "#1", "?"]
YEARS = [str(y) for y in range(1960, 2031)]
DIGITS = "12345678901234567890"
WALKS = ["qwertyuiop", "qwertyuiopasdfghjkl", "qwertyuiopasdfghjklzxcvbnm", "asdfghjkl", "asdfghjkl;'",
         "zxcvbnm", "zxcvbnm,./", "qazwsxedc", "qazwsxedcrfv", "qazwsxedcrfvtgb", "1qaz2wsx", "1qaz2wsx3edc",
         "1qaz2wsx3edc4rfv", "zaq12wsx", "zaq12wsxcde3", "zaq1xsw2cde3", "1q2w3e4r", "1q2w3e4r5t",
         "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "q1w2e3r4t5y6", "qweasdzxc", "qweasdzxc123", "qwe123qwe123",
         "asdasdasdasd", "qweqweqweqwe", "abc123abc123", "abcdefghijkl", "abcdefghijklm",
         "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba", "poiuytrewq", "lkjhgfdsa", "mnbvcxz",
         "!qaz@wsx", "!qaz@wsx#edc", "1234qwer", "1234qwerasdf", "1234qwerasdfzxcv", "qwer1234", "asdf1234",
         "zxcv1234", "qwertyqwerty", "qwerty123456", "qwerty1234567", "qazxswedcvfr", "!@#$%^&*()",
         "!@#$%^&*()_+", "1234567890-=", "`1234567890-="]
PHRASES = ["letmeinplease", "letmein123456", "iloveyou1234", "iloveyouforever", "iloveyoubaby", "iloveyoumore",
           "correcthorsebatterystaple", "thequickbrownfox", "thequickbrownfoxjumpsoverthelazydog",
           "passwordpassword", "password12345678", "changemeplease", "changeme1234", "welcometoparley",
           "welcome2parley", "parleyparley", "parleypassword", "parley-password", "parley_password",
           "passwordparley", "adminadmin123", "administrator1", "adminpassword", "admin-password",
           "admin_password", "superadministrator", "rootpassword", "mypassword123", "myspace12345",
           "welcomewelcome", "trustnoone123", "letmeinletmein", "opensesame123", "donotforget",
           "dontforgetit", "idontknow1234", "nopassword123", "secretpassword", "topsecret1234",
           "supersecret123", "verysecurepassword", "securepassword", "strongpassword", "verystrongpassword",
           "password1234567890", "ihateyou1234", "sunshine12345", "princess12345", "football12345",
           "baseball12345", "starwars12345", "whatever12345", "computer12345", "internet12345",
           "michaeljordan", "manchesterunited", "liverpoolfc1892", "harrypotter", "harrypotter123",
           "lordoftherings", "chocolatecake", "spongebobsquarepants", "blink182blink182", "jesuschrist",
           "jesusloveme", "jesussaves123", "godisgood123", "godisgreat", "blessedbeyond", "iloveyoujesus",
           "happybirthday", "happybirthday1", "merrychristmas", "christmas2024", "summertime123",
           "washington123", "california123", "unitedstates", "newyorkcity", "nevergiveup123",
           "qwertyuiop123", "asdfghjkl123", "zxcvbnm12345", "abcdefg12345", "abc123456789", "a1b2c3d4e5f6",
           "1a2b3c4d5e6f", "aaaaaaaaaaaa", "passw0rdpassw0rd", "p@ssw0rd1234", "p@ssword1234",
           "passwort1234", "motdepasse123", "contrasena123", "contraseña123", "parola123456",
           "wachtwoord123", "salasana1234", "haslo1234567", "пароль123456", "qwertyqwerty123",
           "geneva2026", "geneva-talks", "peacetalks2026", "diplomacy123", "negotiation123"]

def leet(word):
    table = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
    return word.translate(table)

def main(path):
    entries = set()
    with open(path, encoding="latin-1") as source:
        for line in source:
            line = line.rstrip("\n")
            if line and not line.startswith("#!comment"):
                entries.add(line.lower())
    for word in WORDS:
        for base in {word, leet(word)}:
            for suffix in SUFFIXES + YEARS:
                entries.add(base + suffix)
            entries.add(base + base)
    for length in range(12, 21):
        for start in range(10):
            entries.add((DIGITS * 3)[start:start + length])
        entries.add(DIGITS[::-1][:length] if length <= 20 else "")
        for char in "0123456789abcdefghijklmnopqrstuvwxyz!.*":
            entries.add(char * length)
    for pair in ["12", "123", "1234", "abc", "ab", "qwe", "asd", "69", "01"]:
        entries.add((pair * 10)[:12])
        entries.add(pair * (12 // len(pair) + (1 if 12 % len(pair) else 0)))
    for walk in WALKS:
        for suffix in ["", "1", "12", "123", "1234", "!", "123!"]:
            entries.add(walk + suffix)
    for phrase in PHRASES:
        entries.add(phrase)
        for suffix in ["1", "123", "!", "2025", "2026"]:
            entries.add(phrase + suffix)
    entries.discard("")
    print("# Common passwords, refused whatever their length (compared ignoring case).")
    print("# Built by tools/common-passwords.py: John the Ripper's password.lst (Openwall,")
    print("# public domain) plus long variants of common words, keyboard walks and repeats.")
    for entry in sorted(entries):
        print(entry)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/john/password.lst")
